import { RuleStatusEnum, UnitEnum } from '@fupin/kit';
import { Field, Float, Int, ObjectType, registerEnumType } from '@fupin/kit/graphql';
import { County, Department, Measure, Prefecture, Rule } from './entities.types.js';

export enum AssessmentStatusEnum {
  MET = 'MET',
  NOT_MET = 'NOT_MET',
  NO_DATA = 'NO_DATA',
  UNAVAILABLE = 'UNAVAILABLE',
}
registerEnumType(AssessmentStatusEnum, {
  name: 'AssessmentStatus',
  description: '一条措施的考核结果 / How a measure stands in the assessment',
  valuesConfig: {
    MET: { description: '全部规则达到 / every rule of the measure met' },
    NOT_MET: { description: '至少一条规则未达到 / at least one rule not met' },
    NO_DATA: { description: '无未达到, 但至少一条缺少数据 / none not met, at least one without data' },
    UNAVAILABLE: {
      description:
        '负责部门的子图未应答, 不计入评分 / the department that answers for it did not answer: left out of the score',
    },
  },
});

const SCORE_RULE =
  '各措施等权: 措施得分 = 达到的适用规则数 ÷ 适用规则数 × 100(缺数据按未达到计); 县得分 = 各可考核措施得分的平均 / ' +
  'every measure weighs the same: a measure scores the share of its applicable rules MET (NO_DATA counts as not met), ' +
  "× 100; the county's score is the mean of its measures' scores, UNAVAILABLE measures left out";

@ObjectType({ description: '一条措施在某县某年的考核 / One measure of one county in the assessment of a year' })
export class MeasureAssessment {
  @Field(() => Measure)
  measure: Measure;

  @Field(() => Department, {
    nullable: true,
    description: '对该措施数据负责的单位(牵头单位) / the unit that answers for its figures (its lead unit)',
  })
  department: Department | null;

  @Field(() => AssessmentStatusEnum)
  status: AssessmentStatusEnum;

  @Field(() => Float, {
    nullable: true,
    description:
      '措施得分 0–100: 达到的适用规则所占比例; UNAVAILABLE 时为空 / share of its applicable rules MET; null when UNAVAILABLE',
  })
  score: number | null;

  @Field(() => Int, {
    nullable: true,
    description: '本年适用的规则数; UNAVAILABLE 时为空 / rules that apply this year',
  })
  rulesApplicable: number | null;

  @Field(() => Int, { nullable: true, description: '其中达到的 / of which MET' })
  rulesMet: number | null;
}

@ObjectType({
  description:
    '差距: 一条未达到(或缺数据)的规则, 及产生该数字的部门 / A shortfall: a rule NOT_MET (or NO_DATA), with its figures and the department that produced them',
})
export class Shortfall {
  @Field(() => Rule)
  rule: unknown;

  @Field(() => Measure)
  measure: Measure;

  @Field(() => Department, {
    nullable: true,
    description: '产生该数字的部门(措施牵头单位) / the department the figures come from',
  })
  department: Department | null;

  @Field(() => RuleStatusEnum, { description: 'NOT_MET, 或 NO_DATA(未报送) / NOT_MET, or NO_DATA (not reported)' })
  status: RuleStatusEnum;

  @Field(() => Float, { nullable: true, description: '实际值 / the figure' })
  actual: number | null;

  @Field(() => Float, { nullable: true, description: '要求值 / what the rule requires' })
  required: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '差距(单位同指标); 缺数据为空 / how far from met; null without data',
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
export class Assessment {
  @Field(() => County)
  county: County;

  @Field(() => Int)
  year: number;

  @Field(() => Float, { nullable: true, description: `得分 0–100 / score, 0–100. ${SCORE_RULE}` })
  score: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      '在全省有扶贫任务的非贫困县中的名次, 1为最好, 同分同名次 / rank among the non-poverty counties with tasks: 1 is best, equal scores share a rank',
  })
  rank: number | null;

  @Field(() => Int, { description: '参加排名的县数 / how many counties are ranked' })
  rankedAmong: number;

  @Field(() => Float, {
    nullable: true,
    description: '达到的规则占考核规则的比例 × 100 (按规则, 不按措施) / rules MET ÷ rules assessed × 100',
  })
  shareOfRulesMet: number | null;

  @Field(() => Int, { description: '考核的规则数(不含 UNAVAILABLE 措施) / rules assessed' })
  rulesAssessed: number;

  @Field(() => Int)
  rulesMet: number;

  @Field(() => Int)
  rulesNotMet: number;

  @Field(() => Int)
  rulesNoData: number;

  @Field(() => [MeasureAssessment], {
    description: '本年有适用规则的各措施, 按序号 / every measure with applicable rules',
  })
  measures: MeasureAssessment[];

  @Field(() => [Shortfall], { description: '全部差距, 按措施、规则 / every shortfall, by measure and rule' })
  shortfalls: Shortfall[];

  @Field(() => Boolean, {
    description: '是否每个部门都已应答; 否则得分只计可考核的措施 / whether every department answered',
  })
  complete: boolean;

  @Field(() => [Department], { description: '未应答的部门 / the departments that did not answer' })
  unavailableDepartments: Department[];
}

@ObjectType({ description: '一条措施在多县的汇总 / One measure over the counties of a roll-up' })
export class MeasureRollup {
  @Field(() => Measure)
  measure: Measure;

  @Field(() => Department, { nullable: true })
  department: Department | null;

  @Field(() => Int, { description: '考核该措施的县数 / counties it is assessed for' })
  counties: number;

  @Field(() => Int)
  countiesMet: number;

  @Field(() => Int)
  countiesNotMet: number;

  @Field(() => Int)
  countiesNoData: number;

  @Field(() => Int)
  countiesUnavailable: number;

  @Field(() => Float, { nullable: true, description: "各县该措施得分的平均 / mean of the counties' scores on it" })
  meanScore: number | null;
}

@ObjectType({
  description:
    "某市(州)有扶贫任务的非贫困县某年的考核汇总, 各县按全省名次排列 / A prefecture's assessment, its counties ranked",
})
export class PrefectureAssessment {
  @Field(() => Prefecture)
  prefecture: Prefecture;

  @Field(() => Int)
  year: number;

  @Field(() => [Assessment], { description: '各县, 按全省名次 / its counties, by their rank in the province' })
  counties: Assessment[];

  @Field(() => Float, { nullable: true, description: "各县得分的平均 / mean of the counties' scores" })
  meanScore: number | null;

  @Field(() => Float, { nullable: true, description: '达到的规则占比 × 100 / rules MET ÷ rules assessed × 100' })
  shareOfRulesMet: number | null;

  @Field(() => Int)
  rulesAssessed: number;

  @Field(() => Int)
  rulesMet: number;

  @Field(() => [MeasureRollup])
  measures: MeasureRollup[];

  @Field(() => Boolean)
  complete: boolean;

  @Field(() => [Department])
  unavailableDepartments: Department[];
}
