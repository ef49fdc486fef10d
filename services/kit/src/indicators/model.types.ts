import { Directive, Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '../graphql.js';
import { RULE_KINDS, type RuleKind } from './definitions.js';

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

export enum RuleKindEnum {
  AT_LEAST = 'AT_LEAST',
  AT_MOST = 'AT_MOST',
  MORE_THAN_PREVIOUS_YEAR = 'MORE_THAN_PREVIOUS_YEAR',
  NOT_LESS_THAN_PREVIOUS_YEAR = 'NOT_LESS_THAN_PREVIOUS_YEAR',
  LESS_THAN_PREVIOUS_YEAR = 'LESS_THAN_PREVIOUS_YEAR',
  NOT_MORE_THAN_PREVIOUS_YEAR = 'NOT_MORE_THAN_PREVIOUS_YEAR',
  EVERY_UNIT = 'EVERY_UNIT',
  AT_LEAST_REFERENCE = 'AT_LEAST_REFERENCE',
}
registerEnumType(RuleKindEnum, {
  name: 'RuleKind',
  description: '规则要求什么, 依文件用语 / What a rule requires, in the terms the document uses',
  valuesConfig: Object.fromEntries(
    (Object.keys(RULE_KINDS) as RuleKind[]).map((kind) => [kind, { description: RULE_KINDS[kind].description }]),
  ) as Record<RuleKind, { description: string }>,
});

export enum RuleBasisEnum {
  DOCUMENT = 'DOCUMENT',
  INTERPRETATION = 'INTERPRETATION',
}
registerEnumType(RuleBasisEnum, {
  name: 'RuleBasis',
  description: '规则的依据: 文件原文, 或本项目的解读 / On what authority a rule stands',
  valuesConfig: {
    DOCUMENT: {
      description:
        '文件原文写明了比较方式、数值和年份(或文件施行期内每年) / the document states the comparison, the figure and the year (or each year it is in force)',
    },
    INTERPRETATION: {
      description:
        '本项目的解读: 把模糊用语(尽快、优先、力求、支持力度…)读作数值、期限或比较对象, 见 basisNote; 尚未复核的规则也归此类 / the project reads a vague word (尽快, 优先, 力求…) as a figure, a deadline or a point of comparison, see basisNote; so is every rule not yet reviewed',
    },
  },
});

export enum RuleStatusEnum {
  MET = 'MET',
  NOT_MET = 'NOT_MET',
  NO_DATA = 'NO_DATA',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}
registerEnumType(RuleStatusEnum, {
  name: 'RuleStatus',
  description: '规则是否达到 / Whether a rule of the document is met',
  valuesConfig: {
    MET: { description: '达到 / met' },
    NOT_MET: { description: '未达到 / not met' },
    NO_DATA: {
      description:
        "缺少数据: 所需数字(含上年数、适用标志)未报送 / a figure it needs is not reported (the year before's, or the flag that says whether it applies, included)",
    },
    NOT_APPLICABLE: {
      description:
        '不适用: 本规则对该县该年不适用(贫困县、分母为0、适用标志为0), 原因见 reason; 考核不计 / the rule does not apply to this place and year (a poverty county, a zero denominator, a flag that says so), see reason; the assessment counts it neither way',
    },
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
        "固定的要求值(单位同指标; 每个单位都达到时为100%); 与上年或参照指标比较时为空 / constant required value, in the indicator's unit (100 % for EVERY_UNIT); null when compared with the year before or a reference",
    })
    threshold: number | null;

    @Field(() => Boolean, {
      description:
        '是否与上年同一指标比较(只增不减、加大、缩短…) / compared with the same figure the year before (kind *_PREVIOUS_YEAR)',
    })
    comparedWithPreviousYear: boolean;

    @Field(() => [Int], { description: '文件提出要求的年份(年) / years the requirement applies to' })
    years: number[];

    @Field(() => RuleKindEnum, {
      description:
        '要求什么: 不低于/不高于常数, 高于/不低于/低于/不高于上年, 每个单位都达到, 不低于参照指标 / what the rule requires: see RuleKind',
    })
    kind: RuleKindEnum;

    @Field(indicatorType, {
      nullable: true,
      description:
        '参照指标(AT_LEAST_REFERENCE: 指标值须不低于其同年值, 单位同指标); 其他规则为空 / the reference figure an AT_LEAST_REFERENCE rule must reach, in the same unit; null for other kinds',
    })
    reference: unknown;

    @Field(() => String, {
      nullable: true,
      description:
        "规则所依据的文件原文(中文); 尚未摘录为空 / the document's words the rule rests on; null until quoted",
    })
    words: string | null;

    @Field(() => RuleBasisEnum, {
      description: '依据: 文件原文(DOCUMENT)或本项目解读(INTERPRETATION) / on what authority the rule stands',
    })
    basis: RuleBasisEnum;

    @Field(() => String, {
      description:
        '依据说明(中文 / 英文): 什么被读作什么, 为什么; 尚未复核的规则为"尚未按原文复核" / what was read how and why; "not yet reviewed against the text" for a rule not yet reviewed',
    })
    basisNote: string;
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
        "要求值(单位同指标): 固定值, 与上年比较时的上年值, 或参照指标的同年值; 未报送或不适用时为空 / what the rule requires, in the indicator's unit: the constant, last year's figure, or the reference's; null when that was not reported or the rule does not apply",
    })
    required: number | null;

    @Field(() => Float, {
      nullable: true,
      description:
        "差距: 距离达到要求还差多少(单位同指标), 达到为0, 缺数据或不适用为空; 须高于(低于)上年而持平时为0且未达到 / how far from met, in the indicator's unit; 0 when met, null without data or when not applicable; under MORE_THAN / LESS_THAN_PREVIOUS_YEAR a flat figure is NOT_MET with a gap of 0 (it must exceed, or fall below, required)",
    })
    gap: number | null;

    @Field(() => String, {
      nullable: true,
      description:
        '原因(中文 / 英文): 不适用的原因, 或缺少的数据; 其他情况为空 / why the rule is NOT_APPLICABLE, or what is missing for NO_DATA; null otherwise',
    })
    reason: string | null;

    @Field(() => Boolean, {
      description:
        "是否用到样例数据: 本规则所读的数字(本年、上年、参照指标、适用条件)中有样例数据时为真 / whether a sample figure went into the result: the year's, the year before's, the reference or a condition's",
    })
    sample: boolean;
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
