import { Directive, Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '../graphql.js';

export enum UnitEnum {
  WAN_YUAN = 'WAN_YUAN',
  YUAN = 'YUAN',
  KM = 'KM',
  PERSONS = 'PERSONS',
  PERCENT = 'PERCENT',
  COUNT = 'COUNT',
  DAYS = 'DAYS',
}
registerEnumType(UnitEnum, {
  name: 'Unit',
  description: '计量单位 / Unit of an indicator',
  valuesConfig: {
    WAN_YUAN: { description: '万元 (10,000 yuan)' },
    YUAN: { description: '元 / yuan' },
    KM: { description: '公里 / kilometres' },
    PERSONS: { description: '人 / persons' },
    PERCENT: { description: '% 百分比 / per cent' },
    COUNT: { description: '个 / count (villages, schools, projects…)' },
    DAYS: { description: '天 / days' },
  },
});

export enum ComparisonEnum {
  AT_LEAST = 'AT_LEAST',
  AT_MOST = 'AT_MOST',
}
registerEnumType(ComparisonEnum, {
  name: 'Comparison',
  description: '规则的比较方式 / How a rule compares the figure with what is required',
  valuesConfig: {
    AT_LEAST: { description: '不低于 / at least' },
    AT_MOST: { description: '不高于 / at most' },
  },
});

export enum RuleStatusEnum {
  MET = 'MET',
  NOT_MET = 'NOT_MET',
  NO_DATA = 'NO_DATA',
}
registerEnumType(RuleStatusEnum, {
  name: 'RuleStatus',
  description: '规则是否达到 / Whether a rule of the document is met',
  valuesConfig: {
    MET: { description: '达到 / met' },
    NOT_MET: { description: '未达到 / not met' },
    NO_DATA: { description: '缺少数据 / a figure it needs is not reported' },
  },
});

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type TypeThunk = () => Function;

/**
 * The `Rule` value type, shared (`@shareable`) by the catalog, which lists every rule, and each
 * department, which evaluates its own. Its `measure` and `indicator` are the subgraph's own
 * classes for those entities: the catalog's full ones, a department's key-only stubs.
 */
export function createRuleType(measureType: TypeThunk, indicatorType: TypeThunk) {
  @Directive('@shareable')
  @ObjectType('Rule', { description: '文件中的一项量化要求 / A quantitative requirement of the document' })
  class Rule {
    @Field(() => ID, { description: '稳定标识, 如 finance.specialBudgetShare' })
    id: string;

    @Field(() => String, { description: "要求(依文件原意) / the requirement, in the document's words" })
    description: string;

    @Field(() => String, { description: '要求的英文表述 / the requirement in English' })
    descriptionEn: string;

    @Field(measureType, {
      nullable: true,
      description: '提出该要求的措施; 文件总体目标的要求为空 / null for the overall targets',
    })
    measure: unknown;

    @Field(indicatorType, { description: '规则所考察的指标 / the indicator the rule reads' })
    indicator: unknown;

    @Field(() => ComparisonEnum, {
      description:
        '比较方式: 指标值不低于或不高于要求值 / whether the figure must be at least or at most what is required',
    })
    comparison: ComparisonEnum;

    @Field(() => Float, {
      nullable: true,
      description:
        "固定的要求值(单位同指标); 与上年比较(只增不减)时为空 / constant required value, in the indicator's unit; null when compared with the year before",
    })
    threshold: number | null;

    @Field(() => Boolean, { description: '是否与上年同一指标比较(只增不减) / compared with the year before' })
    comparedWithPreviousYear: boolean;

    @Field(() => [Int], { description: '文件提出要求的年份(年) / years the requirement applies to' })
    years: number[];
  }
  return Rule;
}

export type RuleType = ReturnType<typeof createRuleType>;

/** The result of a rule for one place and year, and the observation types of a department. */
export function createResultTypes(ruleType: TypeThunk, indicatorType: TypeThunk, countyType: TypeThunk) {
  @Directive('@shareable')
  @ObjectType('RuleResult', {
    description: '一项规则对某县(或汇总)某年的结果 / A rule evaluated for one place and year',
  })
  class RuleResult {
    @Field(ruleType, { description: '所评价的规则 / the rule evaluated' })
    rule: unknown;

    @Field(() => Int, { description: '年份(年) / year' })
    year: number;

    @Field(() => RuleStatusEnum, { description: '是否达到 / whether it is met' })
    status: RuleStatusEnum;

    @Field(() => Float, {
      nullable: true,
      description: "实际值(单位同指标); 未报送为空 / the figure, in the indicator's unit; null when not reported",
    })
    actual: number | null;

    @Field(() => Float, {
      nullable: true,
      description:
        "要求值(单位同指标): 固定值, 或只增不减时的上年值; 上年未报送为空 / what the rule requires, in the indicator's unit: the constant, or last year's figure for 只增不减; null when that was not reported",
    })
    required: number | null;

    @Field(() => Float, {
      nullable: true,
      description:
        "差距: 距离达到要求还差多少(单位同指标), 达到为0, 缺数据为空 / how far from met, in the indicator's unit; 0 when met, null without data",
    })
    gap: number | null;
  }

  @Directive('@shareable')
  @ObjectType('Observation', {
    description: '某指标某县某年的一个数值(一次修订) / One value of an indicator for a county and year, one revision',
  })
  class Observation {
    @Field(indicatorType, { description: '指标 / the indicator' })
    indicator: unknown;

    @Field(countyType, { description: '县(市、区) / the county' })
    county: unknown;

    @Field(() => Int, { description: '年份(年) / year' })
    year: number;

    @Field(() => Float, { description: "数值(单位同指标) / the value, in the indicator's unit" })
    value: number;

    @Field(() => Int, { description: '修订号, 从1起; 更正即新修订 / revision, from 1; a correction is a new one' })
    revision: number;

    @Field(() => String, { description: '发布者 / who published it' })
    publishedBy: string;

    @Field(() => GraphQLISODateTime, { description: '发布时间 / when' })
    publishedAt: Date;

    @Field(() => String, { nullable: true, description: '备注 / note' })
    note: string | null;

    @Field(() => Boolean, { description: '是否样例数据(非正式发布) / SAMPLE data, not published figures' })
    sample: boolean;
  }

  return { RuleResult, Observation };
}

/** Key-only stubs of the catalog's entities, for a department subgraph. */
export function createEntityStubs() {
  @Directive('@key(fields: "code")')
  @ObjectType('County')
  class County {
    @Field(() => ID)
    code: string;
  }

  @Directive('@key(fields: "code")')
  @ObjectType('Prefecture')
  class Prefecture {
    @Field(() => ID)
    code: string;
  }

  @Directive('@key(fields: "code")')
  @ObjectType('Province')
  class Province {
    @Field(() => ID)
    code: string;
  }

  @Directive('@key(fields: "number", resolvable: false)')
  @ObjectType('Measure')
  class Measure {
    @Field(() => Int)
    number: number;
  }

  @Directive('@key(fields: "id", resolvable: false)')
  @ObjectType('Indicator')
  class Indicator {
    @Field(() => ID)
    id: string;
  }

  return { County, Prefecture, Province, Measure, Indicator };
}
