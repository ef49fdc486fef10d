import { Directive, Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '../graphql.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type TypeThunk = () => Function;

/** The input and result types of publishing, the same in every department subgraph. */
export function createPublishTypes(observationType: TypeThunk) {
  @InputType('ObservationInput', { description: '要发布的一个数值 / One value to publish' })
  class ObservationInput {
    @Field(() => ID, { description: '指标标识, 如 transport.townshipRoadUpgradeKm' })
    indicator: string;

    @Field(() => ID, {
      description:
        "县级行政区划代码, 须在指标范围内(默认有扶贫任务的非贫困县, 否则报 COUNTY_OUT_OF_SCOPE); 旧代码亦可 / county code, in the indicator's scope (the non-poverty counties with tasks unless it says otherwise; else COUNTY_OUT_OF_SCOPE); old codes are accepted",
    })
    county: string;

    @Field(() => Int, {
      description:
        '年份(年), 2018–2020; 与上年比较的指标另可报基年2017 / year, 2018–2020, and the base year 2017 for the figures a year-on-year rule compares',
    })
    year: number;

    @Field(() => Float, { description: "数值, 单位同指标 / the value, in the indicator's unit" })
    value: number;

    @Field(() => String, { nullable: true, description: '备注 / note' })
    note?: string | null;

    @Field(() => Int, {
      nullable: true,
      description:
        '更正时填写所更正的修订号; 若已不是当前修订则整批冲突 / the revision this corrects: the batch fails with CONFLICT if it is no longer current',
    })
    replacesRevision?: number | null;
  }

  @InputType('PublishObservationsInput', {
    description: '一批数值, 整批写入或整批不写 / A batch: written whole or not at all',
  })
  class PublishObservationsInput {
    @Field(() => [ObservationInput], { description: '1 至 10,000 行 / 1 to 10,000 rows' })
    rows: ObservationInput[];

    @Field(() => String, {
      nullable: true,
      description:
        '幂等键: 同一批重发不会重复写入, 返回第一次的结果; 不同的批用了同一键则拒绝 / idempotency key: a retry returns the first answer',
    })
    idempotencyKey?: string | null;
  }

  @Directive('@shareable')
  @ObjectType('PublishResult', { description: '一批发布的结果 / The result of publishing a batch' })
  class PublishResult {
    @Field(() => ID, {
      description: "批次标识; 重发时为第一次写入的批次 / the batch id; for a retry, the first write's",
    })
    batchId: string;

    @Field(() => Int, { description: '写入的行数(行) / rows written' })
    rowsWritten: number;

    @Field(() => Boolean, {
      description: '是否为重发(按幂等键返回第一次的结果) / a retry answered from the first time',
    })
    replayed: boolean;

    @Field(() => [observationType()], {
      description: '写入的数值及其新修订号 / what was written, with the new revisions',
    })
    observations: unknown[];
  }

  @Directive('@shareable')
  @ObjectType('AuditEntry', { description: '一次写入(接受或拒绝)的审计记录 / One write, accepted or refused' })
  class AuditEntry {
    @Field(() => ID, {
      description: '审计记录标识, 按记录先后递增 / id of the entry, increasing in the order recorded',
    })
    id: string;

    @Field(() => GraphQLISODateTime, { description: '记录时间 / when it was recorded' })
    at: Date;

    @Field(() => String, { nullable: true, description: '操作人 / who' })
    subject: string | null;

    @Field(() => String, { nullable: true, description: '所属单位 / department' })
    department: string | null;

    @Field(() => String, { nullable: true, description: '请求标识 / request id' })
    requestId: string | null;

    @Field(() => String, {
      nullable: true,
      description: '请求所带的幂等键; 未带则为空 / the idempotency key the request carried, if any',
    })
    idempotencyKey: string | null;

    @Field(() => String, {
      nullable: true,
      description:
        '写入(或重发所对应)的批次标识; 被拒绝时为空 / the batch written, or answered again for a retry; null when refused',
    })
    batchId: string | null;

    @Field(() => Int, {
      description:
        '批中的行数(行); 合并记录为各次之和 / rows in the batch; for an entry that counts several refused attempts, their sum',
    })
    rows: number;

    @Field(() => Int, {
      description:
        '本记录代表的次数(次): 通常为 1; 无权发布者的拒绝按人按分钟合并计数 / ' +
        'how many attempts the entry stands for: 1, except for refusals of callers who may not publish, counted per caller and minute',
    })
    count: number;

    @Field(() => String, {
      description:
        '结果: ACCEPTED 已写入, REPLAYED 重发(返回第一次的结果), REJECTED 被拒绝, CONFLICT 修订冲突, FORBIDDEN 无权发布 / ' +
        'the outcome: ACCEPTED, REPLAYED (a retry), REJECTED, CONFLICT (a correction of a revision no longer current) or FORBIDDEN',
    })
    outcome: string;

    @Field(() => String, { nullable: true, description: '拒绝原因(JSON) / why it was refused, as JSON' })
    detail: string | null;
  }

  return { ObservationInput, PublishObservationsInput, PublishResult, AuditEntry };
}
