import { RuleStatusEnum, UnitEnum } from '@fupin/kit';
import { Field, Float, Int, ObjectType, registerEnumType } from '@fupin/kit/graphql';
import type { EntityTypes } from './entities.types.js';

export enum AssessmentStatusEnum {
  MET = 'MET',
  NOT_MET = 'NOT_MET',
  NO_DATA = 'NO_DATA',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
  UNAVAILABLE = 'UNAVAILABLE',
}
registerEnumType(AssessmentStatusEnum, {
  name: 'AssessmentStatus',
  description: '一条措施的考核结果 / How a measure stands in the assessment',
  valuesConfig: {
    MET: { description: '全部规则达到 / every rule of the measure met' },
    NOT_MET: { description: '至少一条规则未达到 / at least one rule not met' },
    NO_DATA: { description: '无未达到, 但至少一条缺少数据 / none not met, at least one without data' },
    NOT_APPLICABLE: {
      description:
        '本年各条规则对该县均不适用, 不计入评分 / none of its rules applies to the county this year: left out of the score',
    },
    UNAVAILABLE: {
      description:
        '负责部门的子图未应答, 不计入评分 / the department that answers for it did not answer: left out of the score',
    },
  },
});

const SCORE_RULE =
  '各措施等权: 措施得分 = 达到的适用规则数 ÷ 适用规则数 × 100(缺数据按未达到计, 不适用的规则不计); 县得分 = 各可考核措施得分的平均 / ' +
  'every measure weighs the same: a measure scores the share of its applicable rules MET (NO_DATA counts as not met, ' +
  "NOT_APPLICABLE counts neither way), × 100; the county's score is the mean of its measures' scores, UNAVAILABLE and NOT_APPLICABLE measures left out";

/** Shared by `PrefectureAssessment` and the province's roll-up on `ProvinceAssessment`. */
export const ROLLUP = {
  meanScore: "各县得分的平均(分, 0–100); 无得分的县不计 / mean of the counties' scores, counties without one left out",
  shareOfRulesMet:
    '规则达到率(%): 各县达到的规则数之和 ÷ 考核的规则数之和 × 100; 无考核规则时为空 / rules MET ÷ rules assessed × 100, over all its counties',
  rulesAssessed: '各县考核的规则数之和(条) / rules assessed, summed over the counties',
  rulesMet: '其中达到的规则数(条) / of which MET',
  complete: '是否每个部门都已应答; 否则得分只计可考核的措施 / whether every department answered',
  unavailableDepartments: '未应答的部门 / the departments that did not answer',
  sample:
    "是否用到样例数据: 有一县的得分用到即为真 / whether a sample figure went into it: true when any county's score rests on one",
} as const;

/**
 * The assessment's own types, over the entities made for the departments it reads (see
 * `createEntityTypes`): made together, once per assessment subgraph built.
 */
export function createAssessmentTypes({ County, Department, Measure, Prefecture, Rule }: EntityTypes) {
  type County = InstanceType<typeof County>;
  type Department = InstanceType<typeof Department>;
  type Measure = InstanceType<typeof Measure>;
  type Prefecture = InstanceType<typeof Prefecture>;

  @ObjectType({ description: '一条措施在某县某年的考核 / One measure of one county in the assessment of a year' })
  class MeasureAssessment {
    @Field(() => Measure, { description: '措施 / the measure' })
    measure: Measure;

    @Field(() => Department, {
      nullable: true,
      description: '对该措施数据负责的单位(牵头单位) / the unit that answers for its figures (its lead unit)',
    })
    department: Department | null;

    @Field(() => AssessmentStatusEnum, {
      description: "考核结果: 按其各适用规则的结果 / how it stands, from its applicable rules' results",
    })
    status: AssessmentStatusEnum;

    @Field(() => Float, {
      nullable: true,
      description:
        '措施得分(分, 0–100): 达到的适用规则数 ÷ 适用规则数 × 100; UNAVAILABLE 或 NOT_APPLICABLE 时为空 / share of its applicable rules MET, × 100; null when UNAVAILABLE or NOT_APPLICABLE',
    })
    score: number | null;

    @Field(() => Int, {
      nullable: true,
      description:
        '本年适用的规则数(条), 不含不适用的; UNAVAILABLE 时为空 / rules that apply this year, NOT_APPLICABLE ones not counted; null when UNAVAILABLE',
    })
    rulesApplicable: number | null;

    @Field(() => Int, { nullable: true, description: '其中达到的规则数(条) / of which MET' })
    rulesMet: number | null;
  }

  @ObjectType({
    description:
      '差距: 一条未达到(或缺数据)的规则, 及产生该数字的部门 / A shortfall: a rule NOT_MET (or NO_DATA), with its figures and the department that produced them',
  })
  class Shortfall {
    @Field(() => Rule, { description: '未达到的规则 / the rule' })
    rule: unknown;

    @Field(() => Measure, { description: '规则所属的措施 / the measure the rule belongs to' })
    measure: Measure;

    @Field(() => Department, {
      nullable: true,
      description: '产生该数字的部门(措施牵头单位) / the department the figures come from',
    })
    department: Department | null;

    @Field(() => RuleStatusEnum, { description: 'NOT_MET, 或 NO_DATA(未报送) / NOT_MET, or NO_DATA (not reported)' })
    status: RuleStatusEnum;

    @Field(() => Float, {
      nullable: true,
      description: '实际值(单位同指标, 见 unit); 未报送为空 / the figure, in unit; null when not reported',
    })
    actual: number | null;

    @Field(() => Float, {
      nullable: true,
      description:
        "要求值(单位同指标, 见 unit); 只增不减而上年未报送时为空 / what the rule requires, in unit; null when it is last year's figure and that was not reported",
    })
    required: number | null;

    @Field(() => Float, {
      nullable: true,
      description: '差距(单位同指标, 见 unit); 缺数据为空 / how far from met, in unit; null without data',
    })
    gap: number | null;

    @Field(() => UnitEnum, {
      nullable: true,
      description: '实际值、要求值、差距的单位 / the unit of actual, required and gap',
    })
    unit: UnitEnum | null;
  }

  @ObjectType({
    description:
      '某县某年的考核评估(组织保障五): 各措施结果、得分、排名、差距; 定量部分, 来自各部门发布的数字 / ' +
      "A county's assessment for one year (guarantee 五): measures, score, rank and shortfalls, from the departments' figures",
  })
  class Assessment {
    @Field(() => County, { description: '所考核的县 / the county assessed' })
    county: County;

    @Field(() => Int, { description: '考核年份(年) / the year assessed' })
    year: number;

    @Field(() => Float, {
      nullable: true,
      description: `得分(分, 0–100); 无可考核的措施时为空 / score, 0–100; null when no measure could be assessed. ${SCORE_RULE}`,
    })
    score: number | null;

    @Field(() => Int, {
      nullable: true,
      description:
        '名次(名): 在全省有扶贫任务的非贫困县中, 1为最好, 同分同名次; 无得分时为空 / rank among the non-poverty counties with tasks: 1 is best, equal scores share a rank; null without a score',
    })
    rank: number | null;

    @Field(() => Int, { description: '参加排名的县数(个) / how many counties are ranked' })
    rankedAmong: number;

    @Field(() => Float, {
      nullable: true,
      description:
        '规则达到率(%): 达到的规则数 ÷ 考核的规则数 × 100 (按规则, 不按措施); 无考核规则时为空 / rules MET ÷ rules assessed × 100; null when none was assessed',
    })
    shareOfRulesMet: number | null;

    @Field(() => Int, {
      description:
        '考核的规则数(条), 不含 UNAVAILABLE 措施的规则和不适用(NOT_APPLICABLE)的规则 / rules assessed: neither those of UNAVAILABLE measures nor NOT_APPLICABLE ones',
    })
    rulesAssessed: number;

    @Field(() => Int, { description: '其中达到的规则数(条) / of which MET' })
    rulesMet: number;

    @Field(() => Int, { description: '其中未达到的规则数(条) / of which NOT_MET' })
    rulesNotMet: number;

    @Field(() => Int, { description: '其中缺少数据的规则数(条) / of which NO_DATA' })
    rulesNoData: number;

    @Field(() => [MeasureAssessment], {
      description:
        '本年有规则的各措施, 按序号; 规则均不适用的为 NOT_APPLICABLE / every measure with rules this year, by number; NOT_APPLICABLE where none applies',
    })
    measures: MeasureAssessment[];

    @Field(() => [Shortfall], { description: '全部差距, 按措施、规则 / every shortfall, by measure and rule' })
    shortfalls: Shortfall[];

    @Field(() => Boolean, { description: ROLLUP.complete })
    complete: boolean;

    @Field(() => [Department], { description: ROLLUP.unavailableDepartments })
    unavailableDepartments: Department[];

    @Field(() => Boolean, {
      description:
        '得分是否用到样例数据: 计分的规则结果中有一条用到样例数据即为真 / whether a sample figure went into the score: true when any rule result it counts rests on one',
    })
    sample: boolean;
  }

  @ObjectType({ description: '一条措施在多县的汇总 / One measure over the counties of a roll-up' })
  class MeasureRollup {
    @Field(() => Measure, { description: '措施 / the measure' })
    measure: Measure;

    @Field(() => Department, {
      nullable: true,
      description: '对该措施数据负责的单位(牵头单位) / the unit that answers for its figures (its lead unit)',
    })
    department: Department | null;

    @Field(() => Int, {
      description:
        '考核该措施的县数(个), 含部门未应答的, 不含不适用的 / counties it is assessed for, UNAVAILABLE ones included, NOT_APPLICABLE ones not',
    })
    counties: number;

    @Field(() => Int, { description: '其中该措施为 MET 的县数(个) / of which the measure is MET' })
    countiesMet: number;

    @Field(() => Int, { description: '其中该措施为 NOT_MET 的县数(个) / of which it is NOT_MET' })
    countiesNotMet: number;

    @Field(() => Int, { description: '其中该措施为 NO_DATA 的县数(个) / of which it is NO_DATA' })
    countiesNoData: number;

    @Field(() => Int, {
      description: '其中部门未应答(UNAVAILABLE)的县数(个) / of which it is UNAVAILABLE: its department did not answer',
    })
    countiesUnavailable: number;

    @Field(() => Int, {
      description:
        '该措施规则均不适用的县数(个), 不计入 counties / counties where none of its rules applies, not counted in counties',
    })
    countiesNotApplicable: number;

    @Field(() => Float, {
      nullable: true,
      description:
        "各县该措施得分的平均(分, 0–100), 不计 UNAVAILABLE; 无可计者为空 / mean of the counties' scores on it, UNAVAILABLE left out",
    })
    meanScore: number | null;
  }

  @ObjectType({
    description:
      "某市(州)有扶贫任务的非贫困县某年的考核汇总, 各县按全省名次排列 / A prefecture's assessment, its counties ranked",
  })
  class PrefectureAssessment {
    @Field(() => Prefecture, { description: '市(州) / the prefecture' })
    prefecture: Prefecture;

    @Field(() => Int, { description: '考核年份(年) / the year assessed' })
    year: number;

    @Field(() => [Assessment], { description: '各县, 按全省名次 / its counties, by their rank in the province' })
    counties: Assessment[];

    @Field(() => Float, { nullable: true, description: ROLLUP.meanScore })
    meanScore: number | null;

    @Field(() => Float, { nullable: true, description: ROLLUP.shareOfRulesMet })
    shareOfRulesMet: number | null;

    @Field(() => Int, { description: ROLLUP.rulesAssessed })
    rulesAssessed: number;

    @Field(() => Int, { description: ROLLUP.rulesMet })
    rulesMet: number;

    @Field(() => [MeasureRollup], {
      description: '各措施在本市(州)各县的汇总, 按序号 / every measure over its counties, by number',
    })
    measures: MeasureRollup[];

    @Field(() => Boolean, { description: ROLLUP.complete })
    complete: boolean;

    @Field(() => [Department], { description: ROLLUP.unavailableDepartments })
    unavailableDepartments: Department[];

    @Field(() => Boolean, { description: ROLLUP.sample })
    sample: boolean;
  }

  return { MeasureAssessment, Shortfall, Assessment, MeasureRollup, PrefectureAssessment };
}

export type AssessmentTypes = ReturnType<typeof createAssessmentTypes>;
