import type { DepartmentManifest } from '@fupin/kit';
import { Directive, Field, Float, Int, ObjectType } from '@fupin/kit/graphql';
import { County, Province } from '../region/region.types.js';

/** What a county's `AssessmentInputs` holds: the county itself, once per department subgraph. */
export type AssessmentInputsValue = Readonly<Record<string, unknown>>;

/**
 * The county once per department subgraph, so that the assessment can `@requires` each
 * department's rule results inside an object of its own. When a department is down, the gateway
 * leaves out the field it would have fetched, and it leaves out of an entity fetch any
 * representation whose required field is missing at its top; one level down, only the object that
 * misses it is null. Nested here, a department that is down costs the assessment that
 * department's part, not the whole county. Plumbing for `@requires`: not part of the public API.
 *
 * Its fields come from the departments artefact (`schema/departments.json`): one per department
 * subgraph other than the catalog, named by its `viewField` and described with its publisher and
 * measures, so that a new department folder is a new field after `npm run compose`. Made afresh
 * for every catalog built (type-graphql registers each class it decorates).
 */
export function createAssessmentInputsType(departments: readonly DepartmentManifest[]) {
  const AssessmentInputs = { AssessmentInputs: class {} }.AssessmentInputs;
  for (const department of departments) {
    Field(() => County, { description: inputDescription(department) })(
      AssessmentInputs.prototype,
      department.viewField,
    );
  }
  Directive('@inaccessible')(AssessmentInputs);
  ObjectType({
    description: '本县, 按部门子图各一份, 供考核逐部门读取规则结果 / the county once per department subgraph',
  })(AssessmentInputs);
  return {
    AssessmentInputs,
    /** The department subgraphs the assessment reads, as fields of `AssessmentInputs`. */
    fields: departments.map((department) => department.viewField),
  };
}

/** `省卫生计生委、省民政厅 (措施18、19)`: who publishes there, and the measures of its figures. */
function inputDescription(department: DepartmentManifest): string {
  const numbers = [
    ...new Set(department.indicators.flatMap((indicator) => (indicator.measure === null ? [] : [indicator.measure]))),
  ].sort((a, b) => a - b);
  return numbers.length === 0 ? department.publisher : `${department.publisher} (措施${measureList(numbers)})`;
}

/** `1–4` for a run of three or more, `18、19` otherwise. */
function measureList(numbers: readonly number[]): string {
  const runs: number[][] = [];
  for (const n of numbers) {
    const run = runs.at(-1);
    if (run && run.at(-1) === n - 1) run.push(n);
    else runs.push([n]);
  }
  return runs.flatMap((run) => (run.length >= 3 ? [`${run[0]}–${run.at(-1)}`] : run.map(String))).join('、');
}

@ObjectType({
  description:
    '全省非贫困县某年末的总体进度, 对照文件目标(788个存量贫困村出列、65.93万存量贫困人口脱贫) / ' +
    "the province's progress at the end of a year against the document's targets",
})
export class TargetProgress {
  @Field(() => Int, { description: '年份(年), 截至该年年末 / year: the figures stand at its end' })
  year: number;

  @Field(() => Int, {
    nullable: true,
    description: '已出列存量贫困村(个), 累计 / stock poor villages exited, cumulative',
  })
  villagesExited: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      '目标: 存量贫困村(个), 各县存量之和(文件合计788个); 未发布存量时为空 / the target: the counties’ stock poor villages summed (788 in the document); null where no stock is published',
  })
  villagesTarget: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '目标完成率(%): 已出列 ÷ 788 × 100 / share of the target reached',
  })
  villagesExitedShareOfTarget: number | null;

  @Field(() => Int, {
    nullable: true,
    description: '已脱贫存量贫困人口(人), 累计 / stock poor people lifted out, cumulative',
  })
  peopleLiftedOut: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      '目标: 存量贫困人口(人), 各县存量之和(文件合计65.93万人); 未发布存量时为空 / the target: the counties’ stock poor people summed (659,300 in the document); null where no stock is published',
  })
  peopleTarget: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '目标完成率(%): 已脱贫 ÷ 659,300 × 100 / share of the target reached',
  })
  peopleLiftedOutShareOfTarget: number | null;

  @Field(() => Int, {
    description:
      '报送了该年数字的县数(个), 按报送县数最多的一项指标计 / counties that reported the year, on the indicator most of them reported',
  })
  countiesReporting: number;

  @Field(() => Boolean, { description: '是否含样例数据 / SAMPLE figures among them' })
  sample: boolean;
}

/**
 * The province's assessment of one year (guarantee 五, 考核评估). The catalog owns the entry
 * point, which counties are assessed and the headline progress; the assessment subgraph adds the
 * scores and the ranking, computed from the departments' rule results through `@requires`.
 */
@Directive('@key(fields: "year")')
@ObjectType({
  description:
    '全省非贫困县某年的考核评估(组织保障五、强化考核评估) / the assessment of the non-poverty counties for one year',
})
export class ProvinceAssessment {
  @Field(() => Int, { description: '考核年份(年) / the year assessed' })
  year: number;

  @Field(() => Province, { description: '湖北省 / the province' })
  province: Province;

  // Read by the assessment through @requires; clients ask for `counties` (the scored results).
  @Directive('@inaccessible')
  @Field(() => [County], {
    description: '参加考核的县: 全省有扶贫任务的非贫困县 / the counties assessed: the non-poverty counties with tasks',
  })
  assessedCounties: County[];
}
