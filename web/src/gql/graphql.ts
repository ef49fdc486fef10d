/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string };
};

/** 某县某年的考核评估(组织保障五): 各措施结果、得分、排名、差距; 定量部分, 来自各部门发布的数字 / A county's assessment for one year (guarantee 五): measures, score, rank and shortfalls, from the departments' figures */
export type Assessment = {
  __typename?: 'Assessment';
  /** 是否每个部门都已应答; 否则得分只计可考核的措施 / whether every department answered */
  complete: Scalars['Boolean']['output'];
  /** 所考核的县 / the county assessed */
  county: County;
  /** 本年有规则的各措施, 按序号; 规则均不适用的为 NOT_APPLICABLE / every measure with rules this year, by number; NOT_APPLICABLE where none applies */
  measures: Array<MeasureAssessment>;
  /** 名次(名): 在全省有扶贫任务的非贫困县中, 1为最好, 同分同名次; 无得分时为空 / rank among the non-poverty counties with tasks: 1 is best, equal scores share a rank; null without a score */
  rank: Maybe<Scalars['Int']['output']>;
  /** 参加排名的县数(个) / how many counties are ranked */
  rankedAmong: Scalars['Int']['output'];
  /** 考核的规则数(条), 不含 UNAVAILABLE 措施的规则和不适用(NOT_APPLICABLE)的规则 / rules assessed: neither those of UNAVAILABLE measures nor NOT_APPLICABLE ones */
  rulesAssessed: Scalars['Int']['output'];
  /** 其中达到的规则数(条) / of which MET */
  rulesMet: Scalars['Int']['output'];
  /** 其中缺少数据的规则数(条) / of which NO_DATA */
  rulesNoData: Scalars['Int']['output'];
  /** 其中未达到的规则数(条) / of which NOT_MET */
  rulesNotMet: Scalars['Int']['output'];
  /** 得分是否用到样例数据: 计分的规则结果中有一条用到样例数据即为真 / whether a sample figure went into the score: true when any rule result it counts rests on one */
  sample: Scalars['Boolean']['output'];
  /** 得分(分, 0–100); 无可考核的措施时为空 / score, 0–100; null when no measure could be assessed. 各措施等权: 措施得分 = 达到的适用规则数 ÷ 适用规则数 × 100(缺数据按未达到计, 不适用的规则不计); 县得分 = 各可考核措施得分的平均 / every measure weighs the same: a measure scores the share of its applicable rules MET (NO_DATA counts as not met, NOT_APPLICABLE counts neither way), × 100; the county's score is the mean of its measures' scores, UNAVAILABLE and NOT_APPLICABLE measures left out */
  score: Maybe<Scalars['Float']['output']>;
  /** 规则达到率(%): 达到的规则数 ÷ 考核的规则数 × 100 (按规则, 不按措施); 无考核规则时为空 / rules MET ÷ rules assessed × 100; null when none was assessed */
  shareOfRulesMet: Maybe<Scalars['Float']['output']>;
  /** 全部差距, 按措施、规则 / every shortfall, by measure and rule */
  shortfalls: Array<Shortfall>;
  /** 未应答的部门 / the departments that did not answer */
  unavailableDepartments: Array<Department>;
  /** 考核年份(年) / the year assessed */
  year: Scalars['Int']['output'];
};

/** 一条措施的考核结果 / How a measure stands in the assessment */
export type AssessmentStatus =
  /** 全部规则达到 / every rule of the measure met */
  | 'MET'
  /** 本年各条规则对该县均不适用, 不计入评分 / none of its rules applies to the county this year: left out of the score */
  | 'NOT_APPLICABLE'
  /** 至少一条规则未达到 / at least one rule not met */
  | 'NOT_MET'
  /** 无未达到, 但至少一条缺少数据 / none not met, at least one without data */
  | 'NO_DATA'
  /** 负责部门的子图未应答, 不计入评分 / the department that answers for it did not answer: left out of the score */
  | 'UNAVAILABLE';

/** 一次写入(接受或拒绝)的审计记录 / One write, accepted or refused */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** 记录时间 / when it was recorded */
  at: Scalars['DateTimeISO']['output'];
  /** 写入(或重发所对应)的批次标识; 被拒绝时为空 / the batch written, or answered again for a retry; null when refused */
  batchId: Maybe<Scalars['String']['output']>;
  /** 本记录代表的次数(次): 通常为 1; 无权发布者的拒绝按人按分钟合并计数 / how many attempts the entry stands for: 1, except for refusals of callers who may not publish, counted per caller and minute */
  count: Scalars['Int']['output'];
  /** 所属单位 / department */
  department: Maybe<Scalars['String']['output']>;
  /** 拒绝原因(JSON) / why it was refused, as JSON */
  detail: Maybe<Scalars['String']['output']>;
  /** 审计记录标识, 按记录先后递增 / id of the entry, increasing in the order recorded */
  id: Scalars['ID']['output'];
  /** 请求所带的幂等键; 未带则为空 / the idempotency key the request carried, if any */
  idempotencyKey: Maybe<Scalars['String']['output']>;
  /** 结果: ACCEPTED 已写入, REPLAYED 重发(返回第一次的结果), REJECTED 被拒绝, CONFLICT 修订冲突, FORBIDDEN 无权发布 / the outcome: ACCEPTED, REPLAYED (a retry), REJECTED, CONFLICT (a correction of a revision no longer current) or FORBIDDEN */
  outcome: Scalars['String']['output'];
  /** 请求标识 / request id */
  requestId: Maybe<Scalars['String']['output']>;
  /** 批中的行数(行); 合并记录为各次之和 / rows in the batch; for an entry that counts several refused attempts, their sum */
  rows: Scalars['Int']['output'];
  /** 操作人 / who */
  subject: Maybe<Scalars['String']['output']>;
};

/** 部门报送的存量数字与全省统一存量(省扶贫办)的核对 / a department’s count of the stock set beside the one stock the poverty alleviation office holds */
export type BaselineCheck = {
  __typename?: 'BaselineCheck';
  /** 所核对的存量: STOCK_POOR_VILLAGES(存量贫困村)或 STOCK_POOR_POPULATION(存量贫困人口) / which stock it restates */
  baseline: Scalars['String']['output'];
  /** 部门数字减统一存量(单位同指标) / the department’s figure minus the stock, in the indicator’s unit */
  difference: Maybe<Scalars['Float']['output']>;
  /** 部门的存量指标 / the department’s indicator that restates the stock */
  indicator: Indicator;
  /** 统一存量(单位同指标: 个或人), 即 County 上的同名数字; 未知为空 / the one stock, in the indicator’s unit (villages or people), as on County; null when unknown */
  stock: Maybe<Scalars['Int']['output']>;
  /** 容差(%): 差额不超过存量的这一比例即视为一致 / the tolerance, a share of the stock in % */
  tolerance: Scalars['Float']['output'];
  /** 部门报送的数字(单位同指标); 未报送为空 / the department’s figure, in the indicator’s unit; null when not reported */
  value: Maybe<Scalars['Float']['output']>;
  /** 是否在容差内; 否则本部门以此为分母的规则所用存量与全省不一致, 应核实; 任一数字缺失为空 / whether within the tolerance: if not, the rules that divide by it rest on another stock than the province’s, to be checked; null when either is missing */
  withinTolerance: Maybe<Scalars['Boolean']['output']>;
};

/** 规则的比较方式 / How a rule compares the figure with what is required */
export type Comparison =
  /** 不低于 / at least */
  | 'AT_LEAST'
  /** 不高于 / at most */
  | 'AT_MOST';

/** 县(市、区), 以六位行政区划代码为键 / A county-level unit, keyed by its division code everywhere in the graph */
export type County = {
  __typename?: 'County';
  /** 本县某年的考核评估; 不参加考核的县(贫困县、无扶贫任务)为空 / the assessment of the county for a year; null for a county the guideline does not assess (a poverty county, or one without tasks) */
  assessment: Maybe<Assessment>;
  /** 现行六位行政区划代码; 旧代码(如监利 421023)也能查到同一县 / current division code */
  code: Scalars['ID']['output'];
  /** 2018年文件时的代码(与现行不同时): code in force in 2018 */
  code2018: Maybe<Scalars['String']['output']>;
  /** 省教育厅的数据(样例数据会标明) / 省教育厅's figures for a plan year (2018–2020) */
  education: Maybe<CountyEducation>;
  /** 省财政厅的数据(样例数据会标明) / 省财政厅's figures for a plan year (2018–2020) */
  finance: Maybe<CountyFinance>;
  /** 人民银行武汉分行、湖北保监局的数据(样例数据会标明) / 人民银行武汉分行、湖北保监局's figures for a plan year (2018–2020) */
  financeInsurance: Maybe<CountyFinanceInsurance>;
  /** 是否有扶贫任务。文件称97个县有任务, 但哪6个非贫困区无任务未见公开来源, 此处按武汉中心城区6区标注, 可更正 / has poverty-alleviation tasks; which six units have none is uncertain, this is correctable data */
  hasTasks: Scalars['Boolean']['output'];
  /** 省卫生计生委、省民政厅的数据(样例数据会标明) / 省卫生计生委、省民政厅's figures for a plan year (2018–2020) */
  health: Maybe<CountyHealth>;
  /** 类别 / kind of county-level unit */
  kind: CountyKind;
  /** 名称, 如 麻城市 / name, in Chinese */
  name: Scalars['String']['output'];
  /** 贫困县脱贫摘帽批次年份(年); 非贫困县为空 / the year of its official exit batch; null for a non-poverty county */
  povertyExitYear: Maybe<Scalars['Int']['output']>;
  /** 贫困县身份 / poverty-county status */
  povertyStatus: PovertyStatus;
  /** 所属市(州) / the prefecture it belongs to */
  prefecture: Prefecture;
  /** 省扶贫办的数据(样例数据会标明) / 省扶贫办's figures for a plan year (2018–2020) */
  progress: Maybe<CountyProgress>;
  /** 存量贫困人口(人): 同上 / stock poor people: as for stockPoorVillages, the one stock of people */
  stockPoorPopulation: Maybe<Scalars['Int']['output']>;
  /** 存量贫困村(个): 文件确定的基数(2017年末), 省扶贫办发布的分县数(未发布而启用样例数据时为样例); 进度、规则与各部门的核对都用此数; 贫困县为空 / stock poor villages, the document's baseline (end of 2017) as the poverty alleviation office publishes it per county (the sample split where not published and sample data is on); the one stock the progress, the rules and the departments' checks read; null for a poverty county */
  stockPoorVillages: Maybe<Scalars['Int']['output']>;
  /** 存量数字是否为样例数据(文件只给出60县合计788个村、65.93万人) / whether the stock figures are sample data (the document gives only the totals of 788 villages and 659,300 people) */
  stockSample: Scalars['Boolean']['output'];
  /** 省交通运输厅的数据(样例数据会标明) / 省交通运输厅's figures for a plan year (2018–2020) */
  transport: Maybe<CountyTransport>;
  /** 省水利厅的数据(样例数据会标明) / 省水利厅's figures for a plan year (2018–2020) */
  water: Maybe<CountyWater>;
};

/** 县(市、区), 以六位行政区划代码为键 / A county-level unit, keyed by its division code everywhere in the graph */
export type CountyAssessmentArgs = {
  year: Scalars['Int']['input'];
};

/** 县(市、区), 以六位行政区划代码为键 / A county-level unit, keyed by its division code everywhere in the graph */
export type CountyEducationArgs = {
  year: Scalars['Int']['input'];
};

/** 县(市、区), 以六位行政区划代码为键 / A county-level unit, keyed by its division code everywhere in the graph */
export type CountyFinanceArgs = {
  year: Scalars['Int']['input'];
};

/** 县(市、区), 以六位行政区划代码为键 / A county-level unit, keyed by its division code everywhere in the graph */
export type CountyFinanceInsuranceArgs = {
  year: Scalars['Int']['input'];
};

/** 县(市、区), 以六位行政区划代码为键 / A county-level unit, keyed by its division code everywhere in the graph */
export type CountyHealthArgs = {
  year: Scalars['Int']['input'];
};

/** 县(市、区), 以六位行政区划代码为键 / A county-level unit, keyed by its division code everywhere in the graph */
export type CountyProgressArgs = {
  year: Scalars['Int']['input'];
};

/** 县(市、区), 以六位行政区划代码为键 / A county-level unit, keyed by its division code everywhere in the graph */
export type CountyTransportArgs = {
  year: Scalars['Int']['input'];
};

/** 县(市、区), 以六位行政区划代码为键 / A county-level unit, keyed by its division code everywhere in the graph */
export type CountyWaterArgs = {
  year: Scalars['Int']['input'];
};

/** 省教育厅发布的某县某年数据及规则结果 / 省教育厅's figures for one county and year, with the rules */
export type CountyEducation = {
  __typename?: 'CountyEducation';
  /** 当年建成或改造完成的乡镇寄宿制学校(个): 上述计划中到年末已建成或改造完成并验收的乡镇寄宿制学校个数 / number of the planned township boarding schools built or improved and accepted by the end of the year. 措施17. */
  boardingSchoolsBuilt: Maybe<Scalars['Int']['output']>;
  /** 乡镇寄宿制学校年度建设改造计划完成率(%) (由其他指标计算 / derived): 建成或改造完成的乡镇寄宿制学校 ÷ 计划建设改造的乡镇寄宿制学校 × 100 / township boarding schools built or improved as a share of those planned for the year. 措施17. */
  boardingSchoolsBuiltShare: Maybe<Scalars['Float']['output']>;
  /** 年度计划建设改造的乡镇寄宿制学校(个): 县当年建设改造计划所列的乡镇寄宿制学校个数(含宿舍、食堂等寄宿设施) / number of township boarding schools (乡镇寄宿制学校), with their dormitories and canteens, that the county's plan for the year lists for building, extending or improving. 措施17. */
  boardingSchoolsPlanned: Maybe<Scalars['Int']['output']>;
  /** 某指标本年数值的全部修订, 最早的在前 / every revision of one indicator's value, oldest first */
  history: Array<Observation>;
  /** 省里统筹中央补助下达的营养餐试点奖补资金(万元): 省里统筹中央补助, 当年实际下达到该县的营养餐试点奖补资金(万元); 非试点县为0 / the award for the county's nutrition-meal pilot that the province, pooling the central subsidy, actually allocated to the county in the year, in 万元; 0 in a county without a pilot. 措施17. */
  nutritionAwardAllocated: Maybe<Scalars['Float']['output']>;
  /** 营养餐试点奖补资金到位率(%) (由其他指标计算 / derived): 下达的奖补资金 ÷ 核定的奖补资金 × 100 / the award allocated as a share of the award approved; no value where none was approved. 措施17. */
  nutritionAwardAllocatedShare: Maybe<Scalars['Float']['output']>;
  /** 核定的营养餐试点奖补资金(万元): 省里按试点受益学生人数和奖补标准为该县核定的当年营养餐试点奖补资金(万元); 非试点县为0 / the award (奖补) for the county's nutrition-meal pilot that the province approved for the year from the number of pupils in the pilot and its award rate, in 万元; 0 in a county without a pilot. 措施17. */
  nutritionAwardApproved: Maybe<Scalars['Float']['output']>;
  /** 开展营养餐试点的非贫困县(个): 该县当年是否开展农村义务教育学生营养改善计划(营养餐)地方试点: 是为1, 否为0; 汇总为试点县个数 / 1 when the county runs a local pilot of the rural compulsory-education nutrition-meal programme (营养餐试点) in the year, 0 when it does not; rolled up, the number of pilot counties. 措施17. */
  nutritionPilotCounty: Maybe<Scalars['Int']['output']>;
  /** 营养餐试点受益学生(人): 当年在试点学校享受营养餐的农村义务教育学生人数; 非试点县为0 / rural compulsory-education students who received the pilot's meals in the year; 0 in a county without a pilot. 措施17. */
  nutritionPilotStudents: Maybe<Scalars['Int']['output']>;
  /** 本年各指标的当前值及其发布信息 / current value of each published indicator, with who and when */
  observations: Array<Observation>;
  /** 义务教育阶段建档立卡等贫困家庭学生辍学率(%) (由其他指标计算 / derived): 辍学的义务教育阶段建档立卡等贫困家庭学生 ÷ 义务教育阶段建档立卡等贫困家庭学生 × 100; 无此类学生时无值 / students from registered poor families who dropped out of compulsory education as a share of those in it; no value where there are none. 措施17. */
  poorFamilyCompulsoryDropoutRate: Maybe<Scalars['Float']['output']>;
  /** 义务教育阶段辍学的建档立卡等贫困家庭学生(人): 当年辍学(未完成义务教育而离开学校, 且年末未劝返复学)的义务教育阶段建档立卡等贫困家庭学生人数 / students from registered poor families who left compulsory education before completing it during the year (辍学) and had not been brought back to school by the end of the year. 措施17. */
  poorFamilyCompulsoryDropouts: Maybe<Scalars['Int']['output']>;
  /** 义务教育阶段建档立卡等贫困家庭学生(人): 上述学生中处于义务教育阶段(小学和初中)的人数 / those of the students above who are in compulsory education (primary and junior secondary school). 措施17. */
  poorFamilyCompulsoryStudents: Maybe<Scalars['Int']['output']>;
  /** 建档立卡等贫困家庭学生资助资金(万元): 当年发放给上述学生的各级各类资助资金合计(万元), 含中央、省、市、县各级资金 / student aid of every kind and from every level of government paid to those students in the year, in 万元. 措施17. */
  poorFamilyStudentAid: Maybe<Scalars['Float']['output']>;
  /** 建档立卡等贫困家庭在校学生(人): 户籍在该县、在学前教育至高等教育各学段就读的建档立卡等贫困家庭学生人数(建档立卡贫困户, 以及认定办法所列低保、特困供养、贫困残疾人等家庭) / students at any stage from pre-school to higher education whose family is registered in the county as a poor household (建档立卡) or is one of the other families in difficulty the identification rules name (minimum-living-allowance, extreme-poverty and poor disabled families). 措施17. */
  poorFamilyStudents: Maybe<Scalars['Int']['output']>;
  /** 获得资助的建档立卡等贫困家庭学生(人): 当年至少获得一项学生资助(免学费、助学金、寄宿生生活补助、助学贷款贴息等)的上述学生人数, 每人只计一次 / number of those students who received at least one form of student aid in the year (fee waivers, grants, boarding living allowances, subsidised student loans), each counted once. 措施17. */
  poorFamilyStudentsSupported: Maybe<Scalars['Int']['output']>;
  /** 建档立卡等贫困家庭学生资助覆盖率(%) (由其他指标计算 / derived): 获得资助的建档立卡等贫困家庭学生 ÷ 建档立卡等贫困家庭在校学生 × 100 / students from registered poor families supported as a share of all of them. 措施17. */
  poorFamilyStudentsSupportedShare: Maybe<Scalars['Float']['output']>;
  /** 文件各项规则的结果 / the rules of the document, evaluated */
  rules: Array<RuleResult>;
  /** 所示数值中是否含样例数据 / true when any figure shown is SAMPLE data, not published */
  sample: Scalars['Boolean']['output'];
  /** 乡村小规模学校和乡镇寄宿制学校建设支持资金(万元): 当年中央和省级下达该县用于乡村小规模学校和乡镇寄宿制学校建设改造的资金(万元), 不含县级自筹 / funds the central and provincial governments allocated to the county in the year for building and improving its small rural schools and township boarding schools, in 万元; the county's own money is not counted. 措施17. */
  schoolConstructionFunds: Maybe<Scalars['Float']['output']>;
  /** 当年建成或改造完成的乡村小规模学校(个): 上述计划中到年末已建成或改造完成并验收的乡村小规模学校个数 / number of the planned small rural schools built or improved and accepted by the end of the year. 措施17. */
  smallRuralSchoolsBuilt: Maybe<Scalars['Int']['output']>;
  /** 乡村小规模学校年度建设改造计划完成率(%) (由其他指标计算 / derived): 建成或改造完成的乡村小规模学校 ÷ 计划建设改造的乡村小规模学校 × 100 / small rural schools built or improved as a share of those planned for the year. 措施17. */
  smallRuralSchoolsBuiltShare: Maybe<Scalars['Float']['output']>;
  /** 年度计划建设改造的乡村小规模学校(个): 县当年建设改造计划所列的乡村小规模学校个数(新建、改扩建或改善办学条件) / number of small rural schools (乡村小规模学校: village primary schools and teaching points of fewer than 100 pupils) that the county's plan for the year lists for building, extending or improving. 措施17. */
  smallRuralSchoolsPlanned: Maybe<Scalars['Int']['output']>;
  /** 年份(年), 2018–2020 / the plan year of the figures */
  year: Scalars['Int']['output'];
};

/** 省教育厅发布的某县某年数据及规则结果 / 省教育厅's figures for one county and year, with the rules */
export type CountyEducationHistoryArgs = {
  indicator: Scalars['ID']['input'];
};

/** 省财政厅发布的某县某年数据及规则结果 / 省财政厅's figures for one county and year, with the rules */
export type CountyFinance = {
  __typename?: 'CountyFinance';
  /** 资金分配所依据的贫困人口(人): 分配当年资金时采用的本县建档立卡贫困人口(上年末未脱贫人数)(人)。 / The county’s registered poor population the allocation used: those not yet lifted out at the end of the year before. 措施4. */
  allocationPoorPopulation: Maybe<Scalars['Int']['output']>;
  /** 专项扶贫资金分配因素中贫困人口因素的权重(%): 省里当年分配中央和省级财政专项扶贫资金的因素法中, 贫困人口因素所占权重(%); 全省一个分配办法, 每县同一年数值相同。 / The weight (%) the poor population carries among the factors by which the province allocates the year’s central and provincial special poverty funds: one province-wide formula, so the same for every county in a year. 措施4. */
  allocationPoorPopulationWeight: Maybe<Scalars['Float']['output']>;
  /** 一般公共预算支出(万元): 本县当年一般公共预算支出(万元), 人均财政预算支出的分子。 / The county’s general public budget expenditure of the year: the numerator of per-capita expenditure. 措施2. */
  budgetExpenditure: Maybe<Scalars['Float']['output']>;
  /** 人均财政预算支出(元) (由其他指标计算 / derived): 一般公共预算支出 ÷ 年末常住人口(元/人)。 / General public budget expenditure ÷ resident population, in yuan per person. 措施2. */
  budgetExpenditurePerCapita: Maybe<Scalars['Float']['output']>;
  /** 当年地方财政收入增量(万元): 本县当年地方一般公共预算收入减去上年数(万元); 收入下降时为负。 / The county’s local general public budget revenue of the year minus that of the year before; negative when revenue fell. 措施1. */
  fiscalRevenueIncrement: Maybe<Scalars['Float']['output']>;
  /** 资金份额与贫困人口份额之比(%) (由其他指标计算 / derived): 占全省资金的比例 ÷ 占全省贫困人口的比例 × 100: 为100时资金完全按贫困人口分配; 贫困人口权重加大, 此值向100靠拢。 / Share of funds ÷ share of poor population × 100: 100 when funds follow the poor population exactly; a heavier poor-population weight moves it towards 100. 措施4. */
  fundsToPoorPopulationShareRatio: Maybe<Scalars['Float']['output']>;
  /** 某指标本年数值的全部修订, 最早的在前 / every revision of one indicator's value, oldest first */
  history: Array<Observation>;
  /** 种粮大县、人口大县(个): 本县当年是否被认定为种粮大县或人口大县: 是为1, 否为0; 汇总为此类县的个数。 / 1 if the county is classed as a major grain-producing or populous county that year, else 0; rolled up, the number of such counties. 措施2. */
  majorGrainOrPopulousCounty: Maybe<Scalars['Int']['output']>;
  /** 本年各指标的当前值及其发布信息 / current value of each published indicator, with who and when */
  observations: Array<Observation>;
  /** 贫困人口占全省贫困人口的比例(%): 资金分配所依据的本县贫困人口 ÷ 全省同口径贫困人口 × 100; 汇总为各县之和。 / The county’s poor population of the allocation ÷ the province’s, × 100; rolls up as the sum. 措施4. */
  poorPopulationShareOfProvince: Maybe<Scalars['Float']['output']>;
  /** 全省人均财政预算支出平均水平(元): 省财政厅认定各县时所用的全省平均水平(元/人), 每县同一年数值相同。 / The provincial average the department compares each county with, in yuan per person; the same for every county in a year. 措施2. */
  provincialBudgetExpenditurePerCapita: Maybe<Scalars['Float']['output']>;
  /** 列入《湖北省光伏扶贫规划(2017-2019年)》并已建成的光伏扶贫项目(个): 本县列入规划且截至年末已建成并网的光伏扶贫项目个数(累计)。 / The county’s PV poverty-alleviation projects listed in the Hubei PV plan 2017–2019 and connected to the grid by the end of the year, cumulative. 措施3. */
  pvProjectsListed: Maybe<Scalars['Int']['output']>;
  /** 已享受差异化奖补的光伏扶贫项目(个): 上述项目中截至年末已获得差异化奖补资金的个数(累计)。 / Of those projects, the number granted the differentiated subsidy by the end of the year, cumulative. 措施3. */
  pvProjectsSubsidised: Maybe<Scalars['Int']['output']>;
  /** 已建成光伏扶贫项目中享受差异化奖补的比例(%) (由其他指标计算 / derived): 已享受差异化奖补的项目 ÷ 列入规划并已建成的项目 × 100。 / Subsidised projects ÷ listed projects built × 100. 措施3. */
  pvProjectsSubsidisedShare: Maybe<Scalars['Float']['output']>;
  /** 光伏扶贫差异化奖补资金(万元): 省级财政当年拨付本县光伏扶贫项目的差异化奖补资金(万元)。 / Differentiated subsidy the province paid for the county’s listed PV projects in the year. 措施3. */
  pvSubsidy: Maybe<Scalars['Float']['output']>;
  /** 年末常住人口(人): 本县年末常住人口(人), 人均财政预算支出的分母。 / The county’s resident population at the end of the year: the denominator of per-capita expenditure. 措施2. */
  residentPopulation: Maybe<Scalars['Int']['output']>;
  /** 文件各项规则的结果 / the rules of the document, evaluated */
  rules: Array<RuleResult>;
  /** 所示数值中是否含样例数据 / true when any figure shown is SAMPLE data, not published */
  sample: Scalars['Boolean']['output'];
  /** 增列专项扶贫预算(万元): 县级财政当年按收入增量增列的专项扶贫预算(万元), 不含上级补助。 / Special poverty-alleviation budget the county added out of its own revenue increase in the year, excluding transfers from above. 措施1. */
  specialBudgetAdded: Maybe<Scalars['Float']['output']>;
  /** 增列专项扶贫预算占当年地方财政收入增量的比例(%) (由其他指标计算 / derived): 增列专项扶贫预算 ÷ 当年地方财政收入增量 × 100; 文件要求不低于15%。 / Special budget added ÷ revenue increase × 100; the document asks for at least 15 %. 措施1. */
  specialBudgetShare: Maybe<Scalars['Float']['output']>;
  /** 分配的中央和省级财政专项扶贫资金(万元): 当年分配给本县的中央和省级财政专项扶贫资金(万元)。 / Central and provincial special poverty-alleviation funds allocated to the county for the year. 措施4. */
  specialFundsAllocated: Maybe<Scalars['Float']['output']>;
  /** 按贫困人口平均的专项扶贫资金(元) (由其他指标计算 / derived): 分配的专项扶贫资金 ÷ 资金分配所依据的贫困人口(元/人)。 / Special funds allocated ÷ poor population of the allocation, in yuan per person. 措施4. */
  specialFundsPerPoorPerson: Maybe<Scalars['Float']['output']>;
  /** 占全省专项扶贫资金分配总额的比例(%): 本县分得的专项扶贫资金 ÷ 当年全省分配到县的总额 × 100; 汇总为各县之和。 / Funds allocated to the county ÷ the province’s total allocated to counties that year × 100; rolls up as the sum. 措施4. */
  specialFundsShareOfProvince: Maybe<Scalars['Float']['output']>;
  /** 存量资金用于精准扶贫的数额(万元): 当年清理回收的存量资金中安排用于精准扶贫的部分(万元)。 / The part of the stock funds recovered in the year that was allocated to precise poverty alleviation. 措施1. */
  stockFundsForPrecisePoverty: Maybe<Scalars['Float']['output']>;
  /** 存量资金用于精准扶贫的比例(%) (由其他指标计算 / derived): 用于精准扶贫的存量资金 ÷ 当年清理回收可统筹使用的存量资金 × 100; 文件要求50%以上。 / Stock funds used for precise poverty alleviation ÷ stock funds recovered × 100; the document asks for 50 % or more. 措施1. */
  stockFundsPrecisePovertyShare: Maybe<Scalars['Float']['output']>;
  /** 当年清理回收可统筹使用的存量资金(万元): 当年清理收回、可由县级统筹使用的财政存量资金(万元)。 / Idle fiscal stock funds the county cleared and recovered in the year that it may re-allocate. 措施1. */
  stockFundsRecovered: Maybe<Scalars['Float']['output']>;
  /** 财政转移支付安排额(万元): 省级财政当年对本县安排的转移支付总额(含中央经省下达的部分, 不含专项扶贫资金)(万元)。 / Transfer payments the province arranged for the county in the year, including central funds passed on by the province, excluding the special poverty funds of measure 4. 措施2. */
  transferPayment: Maybe<Scalars['Float']['output']>;
  /** 年份(年), 2018–2020 / the plan year of the figures */
  year: Scalars['Int']['output'];
};

/** 省财政厅发布的某县某年数据及规则结果 / 省财政厅's figures for one county and year, with the rules */
export type CountyFinanceHistoryArgs = {
  indicator: Scalars['ID']['input'];
};

/** 人民银行武汉分行、湖北保监局发布的某县某年数据及规则结果 / 人民银行武汉分行、湖北保监局's figures for one county and year, with the rules */
export type CountyFinanceInsurance = {
  __typename?: 'CountyFinanceInsurance';
  /** 政策性农业保险覆盖面(%) (由其他指标计算 / derived): 参保农户 ÷ 应保农户 × 100 / insured households as a share of the households that should be insured. 措施22. */
  agriculturalInsuranceCoverageShare: Maybe<Scalars['Float']['output']>;
  /** 政策性农业保险应保农户(个): 当年种植或养殖政策性农业保险目录内品种的农户户数, 即应保尽保的"应保"范围(按户计, 不按面积或头数) / number of farming households that grew or raised, during the year, a crop or animal that the policy (subsidised) agricultural insurance covers: those that should be insured. Counted in households, not in area or head. 措施22. */
  agriculturalInsuranceInsurableHouseholds: Maybe<Scalars['Int']['output']>;
  /** 政策性农业保险参保农户(个): 上述农户中当年参加政策性农业保险(至少一个品种)的户数 / of those households, the number insured under policy agricultural insurance for at least one of their crops or animals during the year. 措施22. */
  agriculturalInsuranceInsuredHouseholds: Maybe<Scalars['Int']['output']>;
  /** 金融机构对非贫困县的信贷投放(万元): 县内银行业金融机构当年累计发放的各项贷款(万元) / all loans the banking institutions in the county issued during the year, cumulative over the year, in 万元 (a flow, not the year-end balance). 措施21. */
  countyLoansIssued: Maybe<Scalars['Float']['output']>;
  /** "扶贫保"赔付金额(万元): 当年"扶贫保"向建档立卡贫困户支付的赔款(万元) / claims the 扶贫保 policies paid to registered poor households during the year, in 万元. 措施22. */
  fupinbaoClaimsPaid: Maybe<Scalars['Float']['output']>;
  /** "扶贫保"覆盖率(%) (由其他指标计算 / derived): 参加"扶贫保"的建档立卡贫困户 ÷ 建档立卡贫困户 × 100 / registered poor households covered by 扶贫保 as a share of all registered poor households. 措施22. */
  fupinbaoCoverageShare: Maybe<Scalars['Float']['output']>;
  /** 参加"扶贫保"的建档立卡贫困户(个): 当年有"扶贫保"(精准扶贫保险)保单在保的建档立卡贫困户户数 / number of registered poor households covered by a 扶贫保 (poverty-alleviation insurance) policy in force during the year. 措施22. */
  fupinbaoInsuredHouseholds: Maybe<Scalars['Int']['output']>;
  /** 某指标本年数值的全部修订, 最早的在前 / every revision of one indicator's value, oldest first */
  history: Array<Observation>;
  /** 本年各指标的当前值及其发布信息 / current value of each published indicator, with who and when */
  observations: Array<Observation>;
  /** 建档立卡贫困户信贷需求满足率(%) (由其他指标计算 / derived): 信贷需求得到满足的建档立卡贫困户 ÷ 有信贷需求的建档立卡贫困户 × 100 / registered poor households granted a loan as a share of those with credit demand, counted in households. 措施21. */
  poorHouseholdCreditDemandMetShare: Maybe<Scalars['Float']['output']>;
  /** 放贷申报时间(天) (由其他指标计算 / derived): 贷款申报天数合计 ÷ 贷款笔数: 当年发放给建档立卡贫困户的贷款从申报到放款的平均天数; 汇总按笔数加权 / approval days summed over the loans ÷ the number of loans: the mean days from a registered poor household’s application to payment, over the loans issued to them during the year; rolled up, weighted by loans. 措施21. */
  poorHouseholdLoanApprovalDays: Maybe<Scalars['Float']['output']>;
  /** 建档立卡贫困户贷款申报天数合计(天): 当年发放给建档立卡贫困户的每笔贷款从申报(提交申请)到放款的天数之和(天) / the days from application to payment of each loan issued to a registered poor household during the year, added up over those loans. 措施21. */
  poorHouseholdLoanApprovalDaysTotal: Maybe<Scalars['Int']['output']>;
  /** 建档立卡贫困户贷款余额(万元): 年末建档立卡贫困户贷款余额(万元) / loans to registered poor households still outstanding at the end of the year, in 万元. 措施21. */
  poorHouseholdLoanBalance: Maybe<Scalars['Float']['output']>;
  /** 建档立卡贫困户贷款笔数(个): 当年发放给建档立卡贫困户的贷款笔数(一户可有多笔) / number of loans issued to registered poor households during the year (a household may have more than one). 措施21. */
  poorHouseholdLoansCount: Maybe<Scalars['Int']['output']>;
  /** 建档立卡贫困户贷款发放额(万元): 当年向建档立卡贫困户发放的贷款金额(万元) / amount lent to registered poor households during the year, in 万元. 措施21. */
  poorHouseholdLoansIssued: Maybe<Scalars['Float']['output']>;
  /** 信贷需求得到满足的建档立卡贫困户(个): 上述贫困户中当年获得贷款的户数 / of those households, the number that received a loan during the year. 措施21. */
  poorHouseholdsGrantedCredit: Maybe<Scalars['Int']['output']>;
  /** 有信贷需求的建档立卡贫困户(个): 当年申请贷款(含扶贫小额信贷)且符合贷款条件的建档立卡贫困户户数 / number of registered poor households that applied for a loan during the year (poverty-alleviation microcredit included) and met the lending conditions. 措施21. */
  poorHouseholdsWithCreditDemand: Maybe<Scalars['Int']['output']>;
  /** 全省再贷款、再贴现需求满足率(%): 人民银行武汉分行公布的全省金融机构当年再贷款、再贴现需求满足率(%, 含贫困县), 每县同一年数值相同; 是公布数, 不由各县数值汇算 / the share of the relending and rediscount demand of all the province’s financial institutions (poverty counties included) that was met during the year, as 人民银行武汉分行 publishes it, in per cent; the same for every county in a year. A published figure, not computed from the counties’ figures. 措施21. */
  provinceRelendingRediscountDemandMetShare: Maybe<Scalars['Float']['output']>;
  /** 建档立卡贫困户(个): 年末在册的建档立卡贫困户户数(含已脱贫仍在册的户) / number of registered poor households on the county’s file at the end of the year, households already lifted out of poverty but still on file included. 措施22. */
  registeredPoorHouseholds: Maybe<Scalars['Int']['output']>;
  /** 金融机构再贷款、再贴现需求(万元): 县内金融机构当年向人民银行申请的再贷款(支农、支小、扶贫再贷款)和再贴现金额合计(万元) / amount of relending (support-agriculture, support-small-business and poverty-alleviation relending) and rediscounting that the financial institutions in the county asked the central bank for during the year, in 万元. 措施21. */
  relendingRediscountDemand: Maybe<Scalars['Float']['output']>;
  /** 再贷款、再贴现需求满足率(%) (由其他指标计算 / derived): 已满足的再贷款、再贴现 ÷ 再贷款、再贴现需求 × 100 / relending and rediscount granted as a share of the amount asked for. 措施21. */
  relendingRediscountDemandMetShare: Maybe<Scalars['Float']['output']>;
  /** 已满足的再贷款、再贴现需求(万元): 上述申请中人民银行当年实际发放的再贷款和办理的再贴现金额(万元) / of that demand, the amount of relending the central bank actually lent and of bills it actually rediscounted during the year, in 万元. 措施21. */
  relendingRediscountGranted: Maybe<Scalars['Float']['output']>;
  /** 文件各项规则的结果 / the rules of the document, evaluated */
  rules: Array<RuleResult>;
  /** 所示数值中是否含样例数据 / true when any figure shown is SAMPLE data, not published */
  sample: Scalars['Boolean']['output'];
  /** 特色农业保险险种数(个): 年末在该县开办的特色农业保险险种个数(中央政策性品种以外的地方特色种养品种, 如茶叶、柑橘、小龙虾) / number of special agricultural insurance products (特色农业保险: local crops, livestock and aquaculture beyond the central policy catalogue, such as tea, citrus or crayfish) offered in the county at the end of the year. 措施22. */
  specialAgriculturalInsuranceProducts: Maybe<Scalars['Int']['output']>;
  /** 年份(年), 2018–2020 / the plan year of the figures */
  year: Scalars['Int']['output'];
};

/** 人民银行武汉分行、湖北保监局发布的某县某年数据及规则结果 / 人民银行武汉分行、湖北保监局's figures for one county and year, with the rules */
export type CountyFinanceInsuranceHistoryArgs = {
  indicator: Scalars['ID']['input'];
};

/** 省卫生计生委、省民政厅发布的某县某年数据及规则结果 / 省卫生计生委、省民政厅's figures for one county and year, with the rules */
export type CountyHealth = {
  __typename?: 'CountyHealth';
  /** 行政村(个): 县内行政村个数(年末), 即应有村级卫生室之处 / number of administrative villages (行政村) in the county at the end of the year: the places that should each have a village clinic. 措施18. */
  administrativeVillages: Maybe<Scalars['Int']['output']>;
  /** 本部门报送的存量数字与全省统一存量(County.stockPoorVillages / stockPoorPopulation)的核对 / the department’s counts of the stock set beside the one stock the poverty alleviation office holds */
  baselineChecks: Array<BaselineCheck>;
  /** 某指标本年数值的全部修订, 最早的在前 / every revision of one indicator's value, oldest first */
  history: Array<Observation>;
  /** 医疗救助补助资金(万元): 当年分配下达该县的医疗救助补助资金(中央和省级合计, 万元) / medical-assistance subsidy funds (医疗救助补助资金) allocated to the county for the year, central and provincial together, in 万元 (10,000 yuan). 措施19. */
  medicalAssistanceFunds: Maybe<Scalars['Float']['output']>;
  /** 存量贫困人口人均医疗救助补助资金(元) (由其他指标计算 / derived): 医疗救助补助资金 × 10000 ÷ 存量贫困人口(元/人), 用以观察资金是否"向非贫困县倾斜"; 文件未定标准, 不设规则 / medical-assistance funds in yuan divided by the stock poor population: how far the funds lean towards non-poverty counties (向非贫困县倾斜). The document sets no threshold, so no rule reads it. 措施19. */
  medicalAssistanceFundsPerStockPoorPerson: Maybe<Scalars['Float']['output']>;
  /** 本年各指标的当前值及其发布信息 / current value of each published indicator, with who and when */
  observations: Array<Observation>;
  /** 文件各项规则的结果 / the rules of the document, evaluated */
  rules: Array<RuleResult>;
  /** 所示数值中是否含样例数据 / true when any figure shown is SAMPLE data, not published */
  sample: Scalars['Boolean']['output'];
  /** 存量贫困人口(人): 本厅(省民政厅)统计的县内存量贫困人口, 按文件的2018年基数(60个非贫困县共65.93万人, 脱贫后仍计入), 各年相同, 为人均资金的分母; 县级视图将其与目录的存量贫困人口基数比较, 相差超过2%即标出 / the department's own count of the county's stock poor population as the document counts it (2018 baseline, 659,300 across the 60 non-poverty counties, still counted after people are lifted out), the same figure every year: the base of funds per person. The county's view compares it with the catalog's stock and flags a difference of more than 2 %. 措施19. */
  stockPoorPopulation: Maybe<Scalars['Int']['output']>;
  /** 乡镇卫生院建设覆盖率(%) (由其他指标计算 / derived): 乡镇卫生院建设达标的乡镇 ÷ 乡镇 × 100 / townships with a township health centre built to standard as a share of all townships. 措施18. */
  townshipHealthCentreCoverage: Maybe<Scalars['Float']['output']>;
  /** 乡镇(个): 县内乡镇(乡、镇, 不含街道)个数(年末), 即应有乡镇卫生院之处 / number of townships (乡 and 镇, not urban sub-districts 街道) in the county at the end of the year: the places that should each have a township health centre. 措施18. */
  townships: Maybe<Scalars['Int']['output']>;
  /** 乡镇卫生院建设达标的乡镇(个): 年末有一所按要求建设达标的乡镇卫生院(政府举办, 业务用房和设备达到建设标准)的乡镇个数 / number of townships with a government-run township health centre (乡镇卫生院) built as required (按要求: premises and equipment meeting the construction standard) at the end of the year. 措施18. */
  townshipsWithStandardHealthCentre: Maybe<Scalars['Int']['output']>;
  /** 村级卫生室建设覆盖率(%) (由其他指标计算 / derived): 村级卫生室建设达标的行政村 ÷ 行政村 × 100 / administrative villages with a village clinic built to standard as a share of all administrative villages. 措施18. */
  villageClinicCoverage: Maybe<Scalars['Float']['output']>;
  /** 村级卫生室建设达标的行政村(个): 年末有按要求建设达标的村级卫生室(或乡镇卫生院设在本村、按规定不另设卫生室)的行政村个数 / number of administrative villages with a village clinic (村级卫生室) built as required at the end of the year, counting a village where the township health centre itself stands and no separate clinic is required. 措施18. */
  villagesWithStandardClinic: Maybe<Scalars['Int']['output']>;
  /** 年份(年), 2018–2020 / the plan year of the figures */
  year: Scalars['Int']['output'];
};

/** 省卫生计生委、省民政厅发布的某县某年数据及规则结果 / 省卫生计生委、省民政厅's figures for one county and year, with the rules */
export type CountyHealthHistoryArgs = {
  indicator: Scalars['ID']['input'];
};

/** 县级行政区的类别 / Kind of county-level unit */
export type CountyKind =
  /** 自治县 / autonomous county */
  | 'AUTONOMOUS_COUNTY'
  /** 县 / county */
  | 'COUNTY'
  /** 县级市 / county-level city */
  | 'COUNTY_LEVEL_CITY'
  /** 市辖区 / urban district */
  | 'DISTRICT'
  /** 林区(神农架林区) / forestry district (Shennongjia) */
  | 'FORESTRY_DISTRICT';

/** 省扶贫办发布的某县某年数据及规则结果 / 省扶贫办's figures for one county and year, with the rules */
export type CountyProgress = {
  __typename?: 'CountyProgress';
  /** 某指标本年数值的全部修订, 最早的在前 / every revision of one indicator's value, oldest first */
  history: Array<Observation>;
  /** 本年各指标的当前值及其发布信息 / current value of each published indicator, with who and when */
  observations: Array<Observation>;
  /** 已脱贫人口(人): 截至年末累计脱贫的存量贫困人口 / stock poor people lifted out of poverty, cumulative at year end. 总体目标 / overall targets. */
  peopleLiftedOut: Maybe<Scalars['Int']['output']>;
  /** 贫困人口脱贫率(%) (由其他指标计算 / derived): 已脱贫人口 ÷ 存量贫困人口 × 100 / people lifted out as a share of the stock poor population. 总体目标 / overall targets. */
  peopleLiftedOutShare: Maybe<Scalars['Float']['output']>;
  /** 文件各项规则的结果 / the rules of the document, evaluated */
  rules: Array<RuleResult>;
  /** 所示数值中是否含样例数据 / true when any figure shown is SAMPLE data, not published */
  sample: Scalars['Boolean']['output'];
  /** 存量贫困人口(人): 文件确定的存量贫困人口, 即2017年末的基数, 只按2017年发布一次, 各年相同(60县合计65.93万人) / stock poor people as the document counts them, the baseline at the end of 2017: published once, for 2017, and the same in every plan year (659,300 over the 60 counties). 总体目标 / overall targets. */
  stockPoorPopulation: Maybe<Scalars['Int']['output']>;
  /** 存量贫困村(个): 文件确定的存量贫困村数, 即2017年末的基数, 只按2017年发布一次, 各年相同; 出列率、进度与各部门的核对都以此为分母(60县合计788个) / stock poor villages as the document counts them, the baseline at the end of 2017: published once, for 2017, and the same in every plan year; the denominator of the exit share, of the progress and of the departments’ checks (788 over the 60 counties). 总体目标 / overall targets. */
  stockPoorVillages: Maybe<Scalars['Int']['output']>;
  /** 已出列贫困村(个): 截至年末累计出列的存量贫困村数 / stock poor villages that have exited, cumulative at year end. 总体目标 / overall targets. */
  villagesExited: Maybe<Scalars['Int']['output']>;
  /** 贫困村出列率(%) (由其他指标计算 / derived): 已出列贫困村 ÷ 存量贫困村 × 100 / villages exited as a share of the stock poor villages. 总体目标 / overall targets. */
  villagesExitedShare: Maybe<Scalars['Float']['output']>;
  /** 年份(年), 2018–2020 / the plan year of the figures */
  year: Scalars['Int']['output'];
};

/** 省扶贫办发布的某县某年数据及规则结果 / 省扶贫办's figures for one county and year, with the rules */
export type CountyProgressHistoryArgs = {
  indicator: Scalars['ID']['input'];
};

/** 省交通运输厅发布的某县某年数据及规则结果 / 省交通运输厅's figures for one county and year, with the rules */
export type CountyTransport = {
  __typename?: 'CountyTransport';
  /** 已安排并分解落实的通畅工程"十三五"规划项目(个): 截至年末已安排并分解落实到位的上述规划项目个数(累计) / number of those planned projects arranged and assigned down to the implementing units (分解落实到位) by the end of the year, cumulative. 措施11. */
  accessProjectsArranged: Maybe<Scalars['Int']['output']>;
  /** 通畅工程"十三五"规划项目分解落实比例(%) (由其他指标计算 / derived): 已分解落实的项目 ÷ 规划项目 × 100 / projects arranged and assigned as a share of the planned projects. 措施11. */
  accessProjectsArrangedShare: Maybe<Scalars['Float']['output']>;
  /** 乡镇和行政村规模以上自然村通畅工程"十三五"规划项目(个): "十三五"规划中该县乡镇和行政村规模以上自然村的通畅工程项目个数 / number of access-road projects (通畅工程) the 13th five-year plan (2016–2020) lists for the county's townships and for the natural villages above scale of its administrative villages. 措施11. */
  accessProjectsPlanned: Maybe<Scalars['Int']['output']>;
  /** 本部门报送的存量数字与全省统一存量(County.stockPoorVillages / stockPoorPopulation)的核对 / the department’s counts of the stock set beside the one stock the poverty alleviation office holds */
  baselineChecks: Array<BaselineCheck>;
  /** 某指标本年数值的全部修订, 最早的在前 / every revision of one indicator's value, oldest first */
  history: Array<Observation>;
  /** 规模以上自然村(个): 县内行政村所辖规模以上自然村个数(年末) / number of natural villages (自然村) above the province's size threshold in the county's administrative villages, at the end of the year. 措施11. */
  naturalVillagesAboveScale: Maybe<Scalars['Int']['output']>;
  /** 通硬化路的规模以上自然村(个): 年末已通硬化路的规模以上自然村个数 / number of those natural villages reached by a hardened (paved) road at the end of the year. 措施11. */
  naturalVillagesWithHardenedRoads: Maybe<Scalars['Int']['output']>;
  /** 规模以上自然村通硬化路比例(%) (由其他指标计算 / derived): 通硬化路的规模以上自然村 ÷ 规模以上自然村 × 100 / natural villages above scale reached by a hardened road as a share of all of them. 措施11. */
  naturalVillagesWithHardenedRoadsShare: Maybe<Scalars['Float']['output']>;
  /** 本年各指标的当前值及其发布信息 / current value of each published indicator, with who and when */
  observations: Array<Observation>;
  /** 贫困村提档升级工程里程(公里): 当年为贫困村实施的公路提档升级工程里程(公里) / kilometres of road upgraded during the year for the poor villages, all of them together. 措施11. */
  poorVillageRoadUpgradeKm: Maybe<Scalars['Float']['output']>;
  /** 贫困村(个): 本厅统计的县内贫困村个数, 即文件所说的存量贫困村(全省非贫困县788个, 出列后仍计入); 县级视图将其与目录的存量贫困村基数比较, 相差超过2%即标出 / the department's own count of the poor villages in the county: the stock poor villages of the document (788 across the non-poverty counties), still counted after they exit. The county's view compares it with the catalog's stock and flags a difference of more than 2 %. 措施11. */
  poorVillages: Maybe<Scalars['Int']['output']>;
  /** 当年实施提档升级不少于1公里的贫困村(个): 上述贫困村中当年实施公路提档升级工程不少于1公里的个数 / number of those poor villages for which at least 1 km of road was upgraded during the year, each village counted on its own km. 措施11. */
  poorVillagesUpgraded1Km: Maybe<Scalars['Int']['output']>;
  /** 贫困村提档升级不少于1公里比例(%) (由其他指标计算 / derived): 当年提档升级不少于1公里的贫困村 ÷ 贫困村 × 100 / poor villages that got at least 1 km of upgrades in the year as a share of all poor villages. 措施11. */
  poorVillagesUpgraded1KmShare: Maybe<Scalars['Float']['output']>;
  /** 每个贫困村提档升级里程(公里) (由其他指标计算 / derived): 贫困村提档升级里程 ÷ 贫困村个数, 仅供参考(规则按每个贫困村考察) / km upgraded for the poor villages divided by their number: the average a poor village received in the year, for context (the rule counts each village). 措施11. */
  roadUpgradeKmPerPoorVillage: Maybe<Scalars['Float']['output']>;
  /** 每个有扶贫任务的乡镇提档升级里程(公里) (由其他指标计算 / derived): 乡镇提档升级里程 ÷ 有扶贫任务的乡镇个数, 仅供参考(规则按每个乡镇考察) / km upgraded for the townships with tasks divided by their number: the average a township received in the year, for context (the rule counts each township). 措施11. */
  roadUpgradeKmPerTownship: Maybe<Scalars['Float']['output']>;
  /** 文件各项规则的结果 / the rules of the document, evaluated */
  rules: Array<RuleResult>;
  /** 所示数值中是否含样例数据 / true when any figure shown is SAMPLE data, not published */
  sample: Scalars['Boolean']['output'];
  /** 4A级以上景区(个): 县内4A级及5A级旅游景区个数(年末) / number of tourist attractions rated 4A or 5A in the county, at the end of the year. 措施11. */
  scenicSpots4APlus: Maybe<Scalars['Int']['output']>;
  /** 通二级及以上公路的4A级以上景区(个): 年末已通二级及以上公路的4A级以上景区个数 / number of those scenic spots reached by a class-II or better road at the end of the year. 措施11. */
  scenicSpots4APlusOnClassTwoRoads: Maybe<Scalars['Int']['output']>;
  /** 4A级以上景区通二级及以上公路比例(%) (由其他指标计算 / derived): 通二级及以上公路的4A级以上景区 ÷ 4A级以上景区 × 100, 仅作进度展示(文件只要求加快推进, 不设规则) / 4A-or-above scenic spots reached by a class-II or better road as a share of all of them: progress only, since the document asks to speed the building up and sets no share or year, so no rule reads it. 措施11. */
  scenicSpots4APlusOnClassTwoRoadsShare: Maybe<Scalars['Float']['output']>;
  /** 有扶贫任务的乡镇提档升级工程里程(公里): 当年为有扶贫任务的乡镇实施的公路提档升级工程里程(公里) / kilometres of road upgraded (提档升级) during the year for the townships with tasks, all of them together. 措施11. */
  townshipRoadUpgradeKm: Maybe<Scalars['Float']['output']>;
  /** 通二级公路的有扶贫任务的乡镇(个): 年末已通二级(及以上)公路的有扶贫任务的乡镇个数 / number of townships with tasks whose seat is reached by a class-II (二级) or better road at the end of the year. 措施11. */
  townshipsOnClassTwoRoads: Maybe<Scalars['Int']['output']>;
  /** 有扶贫任务的乡镇通二级公路比例(%) (由其他指标计算 / derived): 通二级公路的有扶贫任务的乡镇 ÷ 有扶贫任务的乡镇 × 100 / townships with tasks reached by a class-II road as a share of all townships with tasks. 措施11. */
  townshipsOnClassTwoRoadsShare: Maybe<Scalars['Float']['output']>;
  /** 有扶贫任务的乡镇提档升级不少于10公里比例(%) (由其他指标计算 / derived): 当年提档升级不少于10公里的有扶贫任务的乡镇 ÷ 有扶贫任务的乡镇 × 100 / townships with tasks that got at least 10 km of upgrades in the year as a share of all townships with tasks. 措施11. */
  townshipsUpgraded10KmShare: Maybe<Scalars['Float']['output']>;
  /** 有扶贫任务的乡镇(个): 县内有扶贫任务的乡镇个数(年末) / number of townships (乡镇) in the county that carry poverty-alleviation tasks, at the end of the year. 措施11. */
  townshipsWithTasks: Maybe<Scalars['Int']['output']>;
  /** 当年实施提档升级不少于10公里的有扶贫任务的乡镇(个): 当年实施公路提档升级工程不少于10公里的有扶贫任务的乡镇个数 / number of townships with tasks for which at least 10 km of road were upgraded (提档升级) during the year, each township counted on its own km. 措施11. */
  townshipsWithTasksUpgraded10Km: Maybe<Scalars['Int']['output']>;
  /** 年份(年), 2018–2020 / the plan year of the figures */
  year: Scalars['Int']['output'];
};

/** 省交通运输厅发布的某县某年数据及规则结果 / 省交通运输厅's figures for one county and year, with the rules */
export type CountyTransportHistoryArgs = {
  indicator: Scalars['ID']['input'];
};

/** 省水利厅发布的某县某年数据及规则结果 / 省水利厅's figures for one county and year, with the rules */
export type CountyWater = {
  __typename?: 'CountyWater';
  /** 已下达的建档立卡贫困人口饮水安全投资(万元): 截至年末已下达该县的上述饮水安全投资(万元, "十三五"以来累计) / of that planned investment, the amount (万元) issued (下达) to the county from 2016 to the end of the year, cumulative. 措施12. */
  drinkingWaterInvestmentIssued: Maybe<Scalars['Float']['output']>;
  /** 建档立卡贫困人口饮水安全投资下达比例(%) (由其他指标计算 / derived): 已下达的饮水安全投资 ÷ "十三五"规划内饮水安全投资 × 100 / investment issued so far as a share of the investment the plan sets for all registered poor people. 措施12. */
  drinkingWaterInvestmentIssuedShare: Maybe<Scalars['Float']['output']>;
  /** "十三五"规划内全部建档立卡贫困人口的饮水安全投资(万元): "十三五"规划(2016—2020年)为该县全部建档立卡贫困人口饮水安全安排的投资总额(万元), 各年相同 / total investment (万元) the 13th five-year plan (2016–2020) sets for making the drinking water of all the county's registered poor people safe; the same in every year. 措施12. */
  drinkingWaterInvestmentPlanned: Maybe<Scalars['Float']['output']>;
  /** 符合国家投资政策的水利基础设施项目(个): 年末县内符合国家投资政策的水利基础设施项目个数 / number of the county's water-infrastructure projects (水利基础设施项目) that meet national investment policy, at the end of the year. 措施12. */
  eligibleProjects: Maybe<Scalars['Int']['output']>;
  /** 纳入专项规划的符合国家投资政策的水利基础设施项目(个): 上述项目中年末已纳入专项规划的个数(累计) / number of those eligible projects included in a special plan (专项规划) by the end of the year, cumulative. 措施12. */
  eligibleProjectsInSpecialPlans: Maybe<Scalars['Int']['output']>;
  /** 符合国家投资政策的水利基础设施项目纳入专项规划比例(%) (由其他指标计算 / derived): 纳入专项规划的项目 ÷ 符合国家投资政策的项目 × 100 / eligible projects included in a special plan as a share of all eligible projects. 措施12. */
  eligibleProjectsInSpecialPlansShare: Maybe<Scalars['Float']['output']>;
  /** 某指标本年数值的全部修订, 最早的在前 / every revision of one indicator's value, oldest first */
  history: Array<Observation>;
  /** 本年各指标的当前值及其发布信息 / current value of each published indicator, with who and when */
  observations: Array<Observation>;
  /** 全省符合国家投资政策的水利基础设施项目纳入专项规划比例(%): 全省(含贫困县)同口径的纳入比例: 年末已纳入专项规划的符合国家投资政策的水利基础设施项目 ÷ 全省此类项目 × 100, 每县同一年数值相同, 为本县比例的参照 / the same share for the whole province, poverty counties included: eligible projects included in a special plan by the end of the year as a share of all of them. The same for every county in a year; the figure a county's share is compared with. 措施12. */
  provinceEligibleProjectsInSpecialPlansShare: Maybe<Scalars['Float']['output']>;
  /** "十三五"规划内建档立卡贫困人口(人): "十三五"农村饮水安全规划覆盖的本县建档立卡贫困人口数, 各年相同; 含2018年以前已脱贫者, 故多于文件所说的存量贫困人口(65.93万), 不是同一基数 / registered poor people (建档立卡贫困人口) of the county that the 13th five-year plan (2016–2020) for rural drinking water covers, the same in every year. It includes people lifted out of poverty before 2018, so it is larger than the stock poor population of the document (659,300 across the non-poverty counties) and is not that baseline. 措施12. */
  registeredPoorPopulation: Maybe<Scalars['Int']['output']>;
  /** 饮水安全有保障的建档立卡贫困人口(人): 年末饮水安全已有保障的建档立卡贫困人口数 / number of those registered poor people whose drinking water is safe (饮水安全, by the rural drinking-water safety standard) at the end of the year. 措施12. */
  registeredPoorWithSafeDrinkingWater: Maybe<Scalars['Int']['output']>;
  /** 文件各项规则的结果 / the rules of the document, evaluated */
  rules: Array<RuleResult>;
  /** 当年下达的农村饮水安全投资(万元): 当年下达本县的农村饮水安全投资(万元, 仅当年, 不累计), 含建档立卡贫困人口饮水安全投资及其他农村饮水安全巩固提升投资 / rural drinking-water safety investment (万元) issued to the county during the year, that year only: for all rural drinking water, the investment for registered poor people included. 措施12. */
  ruralDrinkingWaterInvestmentInYear: Maybe<Scalars['Float']['output']>;
  /** 建档立卡贫困人口饮水安全保障比例(%) (由其他指标计算 / derived): 饮水安全有保障的建档立卡贫困人口 ÷ "十三五"规划内建档立卡贫困人口 × 100, 仅作进度展示(措施12未要求此比例, 不设规则) / registered poor people with safe drinking water as a share of the plan's registered poor people: progress only, since measure 12 sets no such share and no rule reads it. 措施12. */
  safeDrinkingWaterShare: Maybe<Scalars['Float']['output']>;
  /** 所示数值中是否含样例数据 / true when any figure shown is SAMPLE data, not published */
  sample: Scalars['Boolean']['output'];
  /** 纳入专项规划的水利基础设施项目安排投资(万元): 当年为该县纳入专项规划的水利基础设施项目安排的投资(万元, 仅当年) / investment (万元) arranged (安排投资) during the year for the county's water-infrastructure projects included in special plans; that year only, not cumulative. 措施12. */
  specialPlanProjectInvestmentArranged: Maybe<Scalars['Float']['output']>;
  /** 年份(年), 2018–2020 / the plan year of the figures */
  year: Scalars['Int']['output'];
};

/** 省水利厅发布的某县某年数据及规则结果 / 省水利厅's figures for one county and year, with the rules */
export type CountyWaterHistoryArgs = {
  indicator: Scalars['ID']['input'];
};

/** 省直单位(文件中的牵头单位或责任单位) / A provincial unit named by the document */
export type Department = {
  __typename?: 'Department';
  /** 稳定标识, 如 finance、transport: stable id */
  id: Scalars['ID']['output'];
  /** 本单位报送的指标 / the indicators it reports */
  indicators: Array<Indicator>;
  /** 本单位牵头的措施: measures it leads */
  leadMeasures: Array<Measure>;
  /** 单位名称(按文件原文, 2018年7月): name as in the document */
  name: Scalars['String']['output'];
  /** 英文名称 / English name */
  nameEn: Scalars['String']['output'];
  /** 本单位作为责任单位的措施: measures it shares responsibility for */
  responsibleMeasures: Array<Measure>;
  /** 发布该单位数据的子图名称; 无子图则为空: the subgraph that publishes its data, if any */
  subgraph: Maybe<Scalars['String']['output']>;
};

/** 省教育厅数据在市(州)或全省的汇总, 在SQL中计算 / 省教育厅's figures rolled up over a prefecture or the province */
export type EducationRollup = {
  __typename?: 'EducationRollup';
  /** 当年建成或改造完成的乡镇寄宿制学校(个): 上述计划中到年末已建成或改造完成并验收的乡镇寄宿制学校个数 / number of the planned township boarding schools built or improved and accepted by the end of the year. 措施17. 汇总方式 / rolls up as: sum. */
  boardingSchoolsBuilt: Maybe<Scalars['Int']['output']>;
  /** 乡镇寄宿制学校年度建设改造计划完成率(%) (由其他指标计算 / derived): 建成或改造完成的乡镇寄宿制学校 ÷ 计划建设改造的乡镇寄宿制学校 × 100 / township boarding schools built or improved as a share of those planned for the year. 措施17. 汇总方式 / rolls up as: ratio of sums. */
  boardingSchoolsBuiltShare: Maybe<Scalars['Float']['output']>;
  /** 年度计划建设改造的乡镇寄宿制学校(个): 县当年建设改造计划所列的乡镇寄宿制学校个数(含宿舍、食堂等寄宿设施) / number of township boarding schools (乡镇寄宿制学校), with their dormitories and canteens, that the county's plan for the year lists for building, extending or improving. 措施17. 汇总方式 / rolls up as: sum. */
  boardingSchoolsPlanned: Maybe<Scalars['Int']['output']>;
  /** 报送了数据的县数(个): 本年报送县数最多的一项指标的县数 / counties reporting: how many counties reported the most-reported indicator this year */
  countiesReporting: Scalars['Int']['output'];
  /** 省里统筹中央补助下达的营养餐试点奖补资金(万元): 省里统筹中央补助, 当年实际下达到该县的营养餐试点奖补资金(万元); 非试点县为0 / the award for the county's nutrition-meal pilot that the province, pooling the central subsidy, actually allocated to the county in the year, in 万元; 0 in a county without a pilot. 措施17. 汇总方式 / rolls up as: sum. */
  nutritionAwardAllocated: Maybe<Scalars['Float']['output']>;
  /** 营养餐试点奖补资金到位率(%) (由其他指标计算 / derived): 下达的奖补资金 ÷ 核定的奖补资金 × 100 / the award allocated as a share of the award approved; no value where none was approved. 措施17. 汇总方式 / rolls up as: ratio of sums. */
  nutritionAwardAllocatedShare: Maybe<Scalars['Float']['output']>;
  /** 核定的营养餐试点奖补资金(万元): 省里按试点受益学生人数和奖补标准为该县核定的当年营养餐试点奖补资金(万元); 非试点县为0 / the award (奖补) for the county's nutrition-meal pilot that the province approved for the year from the number of pupils in the pilot and its award rate, in 万元; 0 in a county without a pilot. 措施17. 汇总方式 / rolls up as: sum. */
  nutritionAwardApproved: Maybe<Scalars['Float']['output']>;
  /** 开展营养餐试点的非贫困县(个): 该县当年是否开展农村义务教育学生营养改善计划(营养餐)地方试点: 是为1, 否为0; 汇总为试点县个数 / 1 when the county runs a local pilot of the rural compulsory-education nutrition-meal programme (营养餐试点) in the year, 0 when it does not; rolled up, the number of pilot counties. 措施17. 汇总方式 / rolls up as: sum. */
  nutritionPilotCounty: Maybe<Scalars['Int']['output']>;
  /** 营养餐试点受益学生(人): 当年在试点学校享受营养餐的农村义务教育学生人数; 非试点县为0 / rural compulsory-education students who received the pilot's meals in the year; 0 in a county without a pilot. 措施17. 汇总方式 / rolls up as: sum. */
  nutritionPilotStudents: Maybe<Scalars['Int']['output']>;
  /** 义务教育阶段建档立卡等贫困家庭学生辍学率(%) (由其他指标计算 / derived): 辍学的义务教育阶段建档立卡等贫困家庭学生 ÷ 义务教育阶段建档立卡等贫困家庭学生 × 100; 无此类学生时无值 / students from registered poor families who dropped out of compulsory education as a share of those in it; no value where there are none. 措施17. 汇总方式 / rolls up as: ratio of sums. */
  poorFamilyCompulsoryDropoutRate: Maybe<Scalars['Float']['output']>;
  /** 义务教育阶段辍学的建档立卡等贫困家庭学生(人): 当年辍学(未完成义务教育而离开学校, 且年末未劝返复学)的义务教育阶段建档立卡等贫困家庭学生人数 / students from registered poor families who left compulsory education before completing it during the year (辍学) and had not been brought back to school by the end of the year. 措施17. 汇总方式 / rolls up as: sum. */
  poorFamilyCompulsoryDropouts: Maybe<Scalars['Int']['output']>;
  /** 义务教育阶段建档立卡等贫困家庭学生(人): 上述学生中处于义务教育阶段(小学和初中)的人数 / those of the students above who are in compulsory education (primary and junior secondary school). 措施17. 汇总方式 / rolls up as: sum. */
  poorFamilyCompulsoryStudents: Maybe<Scalars['Int']['output']>;
  /** 建档立卡等贫困家庭学生资助资金(万元): 当年发放给上述学生的各级各类资助资金合计(万元), 含中央、省、市、县各级资金 / student aid of every kind and from every level of government paid to those students in the year, in 万元. 措施17. 汇总方式 / rolls up as: sum. */
  poorFamilyStudentAid: Maybe<Scalars['Float']['output']>;
  /** 建档立卡等贫困家庭在校学生(人): 户籍在该县、在学前教育至高等教育各学段就读的建档立卡等贫困家庭学生人数(建档立卡贫困户, 以及认定办法所列低保、特困供养、贫困残疾人等家庭) / students at any stage from pre-school to higher education whose family is registered in the county as a poor household (建档立卡) or is one of the other families in difficulty the identification rules name (minimum-living-allowance, extreme-poverty and poor disabled families). 措施17. 汇总方式 / rolls up as: sum. */
  poorFamilyStudents: Maybe<Scalars['Int']['output']>;
  /** 获得资助的建档立卡等贫困家庭学生(人): 当年至少获得一项学生资助(免学费、助学金、寄宿生生活补助、助学贷款贴息等)的上述学生人数, 每人只计一次 / number of those students who received at least one form of student aid in the year (fee waivers, grants, boarding living allowances, subsidised student loans), each counted once. 措施17. 汇总方式 / rolls up as: sum. */
  poorFamilyStudentsSupported: Maybe<Scalars['Int']['output']>;
  /** 建档立卡等贫困家庭学生资助覆盖率(%) (由其他指标计算 / derived): 获得资助的建档立卡等贫困家庭学生 ÷ 建档立卡等贫困家庭在校学生 × 100 / students from registered poor families supported as a share of all of them. 措施17. 汇总方式 / rolls up as: ratio of sums. */
  poorFamilyStudentsSupportedShare: Maybe<Scalars['Float']['output']>;
  /** 文件各项规则的结果 / the rules of the document, evaluated */
  rules: Array<RuleResult>;
  /** 所示数值中是否含样例数据 / true when any figure shown is SAMPLE data, not published */
  sample: Scalars['Boolean']['output'];
  /** 乡村小规模学校和乡镇寄宿制学校建设支持资金(万元): 当年中央和省级下达该县用于乡村小规模学校和乡镇寄宿制学校建设改造的资金(万元), 不含县级自筹 / funds the central and provincial governments allocated to the county in the year for building and improving its small rural schools and township boarding schools, in 万元; the county's own money is not counted. 措施17. 汇总方式 / rolls up as: sum. */
  schoolConstructionFunds: Maybe<Scalars['Float']['output']>;
  /** 当年建成或改造完成的乡村小规模学校(个): 上述计划中到年末已建成或改造完成并验收的乡村小规模学校个数 / number of the planned small rural schools built or improved and accepted by the end of the year. 措施17. 汇总方式 / rolls up as: sum. */
  smallRuralSchoolsBuilt: Maybe<Scalars['Int']['output']>;
  /** 乡村小规模学校年度建设改造计划完成率(%) (由其他指标计算 / derived): 建成或改造完成的乡村小规模学校 ÷ 计划建设改造的乡村小规模学校 × 100 / small rural schools built or improved as a share of those planned for the year. 措施17. 汇总方式 / rolls up as: ratio of sums. */
  smallRuralSchoolsBuiltShare: Maybe<Scalars['Float']['output']>;
  /** 年度计划建设改造的乡村小规模学校(个): 县当年建设改造计划所列的乡村小规模学校个数(新建、改扩建或改善办学条件) / number of small rural schools (乡村小规模学校: village primary schools and teaching points of fewer than 100 pupils) that the county's plan for the year lists for building, extending or improving. 措施17. 汇总方式 / rolls up as: sum. */
  smallRuralSchoolsPlanned: Maybe<Scalars['Int']['output']>;
  /** 年份(年), 2018–2020 / the plan year of the figures */
  year: Scalars['Int']['output'];
};

/** 人民银行武汉分行、湖北保监局数据在市(州)或全省的汇总, 在SQL中计算 / 人民银行武汉分行、湖北保监局's figures rolled up over a prefecture or the province */
export type FinanceInsuranceRollup = {
  __typename?: 'FinanceInsuranceRollup';
  /** 政策性农业保险覆盖面(%) (由其他指标计算 / derived): 参保农户 ÷ 应保农户 × 100 / insured households as a share of the households that should be insured. 措施22. 汇总方式 / rolls up as: ratio of sums. */
  agriculturalInsuranceCoverageShare: Maybe<Scalars['Float']['output']>;
  /** 政策性农业保险应保农户(个): 当年种植或养殖政策性农业保险目录内品种的农户户数, 即应保尽保的"应保"范围(按户计, 不按面积或头数) / number of farming households that grew or raised, during the year, a crop or animal that the policy (subsidised) agricultural insurance covers: those that should be insured. Counted in households, not in area or head. 措施22. 汇总方式 / rolls up as: sum. */
  agriculturalInsuranceInsurableHouseholds: Maybe<Scalars['Int']['output']>;
  /** 政策性农业保险参保农户(个): 上述农户中当年参加政策性农业保险(至少一个品种)的户数 / of those households, the number insured under policy agricultural insurance for at least one of their crops or animals during the year. 措施22. 汇总方式 / rolls up as: sum. */
  agriculturalInsuranceInsuredHouseholds: Maybe<Scalars['Int']['output']>;
  /** 报送了数据的县数(个): 本年报送县数最多的一项指标的县数 / counties reporting: how many counties reported the most-reported indicator this year */
  countiesReporting: Scalars['Int']['output'];
  /** 金融机构对非贫困县的信贷投放(万元): 县内银行业金融机构当年累计发放的各项贷款(万元) / all loans the banking institutions in the county issued during the year, cumulative over the year, in 万元 (a flow, not the year-end balance). 措施21. 汇总方式 / rolls up as: sum. */
  countyLoansIssued: Maybe<Scalars['Float']['output']>;
  /** "扶贫保"赔付金额(万元): 当年"扶贫保"向建档立卡贫困户支付的赔款(万元) / claims the 扶贫保 policies paid to registered poor households during the year, in 万元. 措施22. 汇总方式 / rolls up as: sum. */
  fupinbaoClaimsPaid: Maybe<Scalars['Float']['output']>;
  /** "扶贫保"覆盖率(%) (由其他指标计算 / derived): 参加"扶贫保"的建档立卡贫困户 ÷ 建档立卡贫困户 × 100 / registered poor households covered by 扶贫保 as a share of all registered poor households. 措施22. 汇总方式 / rolls up as: ratio of sums. */
  fupinbaoCoverageShare: Maybe<Scalars['Float']['output']>;
  /** 参加"扶贫保"的建档立卡贫困户(个): 当年有"扶贫保"(精准扶贫保险)保单在保的建档立卡贫困户户数 / number of registered poor households covered by a 扶贫保 (poverty-alleviation insurance) policy in force during the year. 措施22. 汇总方式 / rolls up as: sum. */
  fupinbaoInsuredHouseholds: Maybe<Scalars['Int']['output']>;
  /** 建档立卡贫困户信贷需求满足率(%) (由其他指标计算 / derived): 信贷需求得到满足的建档立卡贫困户 ÷ 有信贷需求的建档立卡贫困户 × 100 / registered poor households granted a loan as a share of those with credit demand, counted in households. 措施21. 汇总方式 / rolls up as: ratio of sums. */
  poorHouseholdCreditDemandMetShare: Maybe<Scalars['Float']['output']>;
  /** 放贷申报时间(天) (由其他指标计算 / derived): 贷款申报天数合计 ÷ 贷款笔数: 当年发放给建档立卡贫困户的贷款从申报到放款的平均天数; 汇总按笔数加权 / approval days summed over the loans ÷ the number of loans: the mean days from a registered poor household’s application to payment, over the loans issued to them during the year; rolled up, weighted by loans. 措施21. 汇总方式 / rolls up as: ratio of sums. */
  poorHouseholdLoanApprovalDays: Maybe<Scalars['Float']['output']>;
  /** 建档立卡贫困户贷款申报天数合计(天): 当年发放给建档立卡贫困户的每笔贷款从申报(提交申请)到放款的天数之和(天) / the days from application to payment of each loan issued to a registered poor household during the year, added up over those loans. 措施21. 汇总方式 / rolls up as: sum. */
  poorHouseholdLoanApprovalDaysTotal: Maybe<Scalars['Int']['output']>;
  /** 建档立卡贫困户贷款余额(万元): 年末建档立卡贫困户贷款余额(万元) / loans to registered poor households still outstanding at the end of the year, in 万元. 措施21. 汇总方式 / rolls up as: sum. */
  poorHouseholdLoanBalance: Maybe<Scalars['Float']['output']>;
  /** 建档立卡贫困户贷款笔数(个): 当年发放给建档立卡贫困户的贷款笔数(一户可有多笔) / number of loans issued to registered poor households during the year (a household may have more than one). 措施21. 汇总方式 / rolls up as: sum. */
  poorHouseholdLoansCount: Maybe<Scalars['Int']['output']>;
  /** 建档立卡贫困户贷款发放额(万元): 当年向建档立卡贫困户发放的贷款金额(万元) / amount lent to registered poor households during the year, in 万元. 措施21. 汇总方式 / rolls up as: sum. */
  poorHouseholdLoansIssued: Maybe<Scalars['Float']['output']>;
  /** 信贷需求得到满足的建档立卡贫困户(个): 上述贫困户中当年获得贷款的户数 / of those households, the number that received a loan during the year. 措施21. 汇总方式 / rolls up as: sum. */
  poorHouseholdsGrantedCredit: Maybe<Scalars['Int']['output']>;
  /** 有信贷需求的建档立卡贫困户(个): 当年申请贷款(含扶贫小额信贷)且符合贷款条件的建档立卡贫困户户数 / number of registered poor households that applied for a loan during the year (poverty-alleviation microcredit included) and met the lending conditions. 措施21. 汇总方式 / rolls up as: sum. */
  poorHouseholdsWithCreditDemand: Maybe<Scalars['Int']['output']>;
  /** 全省再贷款、再贴现需求满足率(%): 人民银行武汉分行公布的全省金融机构当年再贷款、再贴现需求满足率(%, 含贫困县), 每县同一年数值相同; 是公布数, 不由各县数值汇算 / the share of the relending and rediscount demand of all the province’s financial institutions (poverty counties included) that was met during the year, as 人民银行武汉分行 publishes it, in per cent; the same for every county in a year. A published figure, not computed from the counties’ figures. 措施21. 汇总方式 / rolls up as: mean. */
  provinceRelendingRediscountDemandMetShare: Maybe<Scalars['Float']['output']>;
  /** 建档立卡贫困户(个): 年末在册的建档立卡贫困户户数(含已脱贫仍在册的户) / number of registered poor households on the county’s file at the end of the year, households already lifted out of poverty but still on file included. 措施22. 汇总方式 / rolls up as: sum. */
  registeredPoorHouseholds: Maybe<Scalars['Int']['output']>;
  /** 金融机构再贷款、再贴现需求(万元): 县内金融机构当年向人民银行申请的再贷款(支农、支小、扶贫再贷款)和再贴现金额合计(万元) / amount of relending (support-agriculture, support-small-business and poverty-alleviation relending) and rediscounting that the financial institutions in the county asked the central bank for during the year, in 万元. 措施21. 汇总方式 / rolls up as: sum. */
  relendingRediscountDemand: Maybe<Scalars['Float']['output']>;
  /** 再贷款、再贴现需求满足率(%) (由其他指标计算 / derived): 已满足的再贷款、再贴现 ÷ 再贷款、再贴现需求 × 100 / relending and rediscount granted as a share of the amount asked for. 措施21. 汇总方式 / rolls up as: ratio of sums. */
  relendingRediscountDemandMetShare: Maybe<Scalars['Float']['output']>;
  /** 已满足的再贷款、再贴现需求(万元): 上述申请中人民银行当年实际发放的再贷款和办理的再贴现金额(万元) / of that demand, the amount of relending the central bank actually lent and of bills it actually rediscounted during the year, in 万元. 措施21. 汇总方式 / rolls up as: sum. */
  relendingRediscountGranted: Maybe<Scalars['Float']['output']>;
  /** 文件各项规则的结果 / the rules of the document, evaluated */
  rules: Array<RuleResult>;
  /** 所示数值中是否含样例数据 / true when any figure shown is SAMPLE data, not published */
  sample: Scalars['Boolean']['output'];
  /** 特色农业保险险种数(个): 年末在该县开办的特色农业保险险种个数(中央政策性品种以外的地方特色种养品种, 如茶叶、柑橘、小龙虾) / number of special agricultural insurance products (特色农业保险: local crops, livestock and aquaculture beyond the central policy catalogue, such as tea, citrus or crayfish) offered in the county at the end of the year. 措施22. 汇总方式 / rolls up as: sum. */
  specialAgriculturalInsuranceProducts: Maybe<Scalars['Int']['output']>;
  /** 年份(年), 2018–2020 / the plan year of the figures */
  year: Scalars['Int']['output'];
};

/** 省财政厅数据在市(州)或全省的汇总, 在SQL中计算 / 省财政厅's figures rolled up over a prefecture or the province */
export type FinanceRollup = {
  __typename?: 'FinanceRollup';
  /** 资金分配所依据的贫困人口(人): 分配当年资金时采用的本县建档立卡贫困人口(上年末未脱贫人数)(人)。 / The county’s registered poor population the allocation used: those not yet lifted out at the end of the year before. 措施4. 汇总方式 / rolls up as: sum. */
  allocationPoorPopulation: Maybe<Scalars['Int']['output']>;
  /** 专项扶贫资金分配因素中贫困人口因素的权重(%): 省里当年分配中央和省级财政专项扶贫资金的因素法中, 贫困人口因素所占权重(%); 全省一个分配办法, 每县同一年数值相同。 / The weight (%) the poor population carries among the factors by which the province allocates the year’s central and provincial special poverty funds: one province-wide formula, so the same for every county in a year. 措施4. 汇总方式 / rolls up as: mean. */
  allocationPoorPopulationWeight: Maybe<Scalars['Float']['output']>;
  /** 一般公共预算支出(万元): 本县当年一般公共预算支出(万元), 人均财政预算支出的分子。 / The county’s general public budget expenditure of the year: the numerator of per-capita expenditure. 措施2. 汇总方式 / rolls up as: sum. */
  budgetExpenditure: Maybe<Scalars['Float']['output']>;
  /** 人均财政预算支出(元) (由其他指标计算 / derived): 一般公共预算支出 ÷ 年末常住人口(元/人)。 / General public budget expenditure ÷ resident population, in yuan per person. 措施2. 汇总方式 / rolls up as: ratio of sums. */
  budgetExpenditurePerCapita: Maybe<Scalars['Float']['output']>;
  /** 报送了数据的县数(个): 本年报送县数最多的一项指标的县数 / counties reporting: how many counties reported the most-reported indicator this year */
  countiesReporting: Scalars['Int']['output'];
  /** 当年地方财政收入增量(万元): 本县当年地方一般公共预算收入减去上年数(万元); 收入下降时为负。 / The county’s local general public budget revenue of the year minus that of the year before; negative when revenue fell. 措施1. 汇总方式 / rolls up as: sum. */
  fiscalRevenueIncrement: Maybe<Scalars['Float']['output']>;
  /** 资金份额与贫困人口份额之比(%) (由其他指标计算 / derived): 占全省资金的比例 ÷ 占全省贫困人口的比例 × 100: 为100时资金完全按贫困人口分配; 贫困人口权重加大, 此值向100靠拢。 / Share of funds ÷ share of poor population × 100: 100 when funds follow the poor population exactly; a heavier poor-population weight moves it towards 100. 措施4. 汇总方式 / rolls up as: ratio of sums. */
  fundsToPoorPopulationShareRatio: Maybe<Scalars['Float']['output']>;
  /** 种粮大县、人口大县(个): 本县当年是否被认定为种粮大县或人口大县: 是为1, 否为0; 汇总为此类县的个数。 / 1 if the county is classed as a major grain-producing or populous county that year, else 0; rolled up, the number of such counties. 措施2. 汇总方式 / rolls up as: sum. */
  majorGrainOrPopulousCounty: Maybe<Scalars['Int']['output']>;
  /** 贫困人口占全省贫困人口的比例(%): 资金分配所依据的本县贫困人口 ÷ 全省同口径贫困人口 × 100; 汇总为各县之和。 / The county’s poor population of the allocation ÷ the province’s, × 100; rolls up as the sum. 措施4. 汇总方式 / rolls up as: sum. */
  poorPopulationShareOfProvince: Maybe<Scalars['Float']['output']>;
  /** 全省人均财政预算支出平均水平(元): 省财政厅认定各县时所用的全省平均水平(元/人), 每县同一年数值相同。 / The provincial average the department compares each county with, in yuan per person; the same for every county in a year. 措施2. 汇总方式 / rolls up as: mean. */
  provincialBudgetExpenditurePerCapita: Maybe<Scalars['Float']['output']>;
  /** 列入《湖北省光伏扶贫规划(2017-2019年)》并已建成的光伏扶贫项目(个): 本县列入规划且截至年末已建成并网的光伏扶贫项目个数(累计)。 / The county’s PV poverty-alleviation projects listed in the Hubei PV plan 2017–2019 and connected to the grid by the end of the year, cumulative. 措施3. 汇总方式 / rolls up as: sum. */
  pvProjectsListed: Maybe<Scalars['Int']['output']>;
  /** 已享受差异化奖补的光伏扶贫项目(个): 上述项目中截至年末已获得差异化奖补资金的个数(累计)。 / Of those projects, the number granted the differentiated subsidy by the end of the year, cumulative. 措施3. 汇总方式 / rolls up as: sum. */
  pvProjectsSubsidised: Maybe<Scalars['Int']['output']>;
  /** 已建成光伏扶贫项目中享受差异化奖补的比例(%) (由其他指标计算 / derived): 已享受差异化奖补的项目 ÷ 列入规划并已建成的项目 × 100。 / Subsidised projects ÷ listed projects built × 100. 措施3. 汇总方式 / rolls up as: ratio of sums. */
  pvProjectsSubsidisedShare: Maybe<Scalars['Float']['output']>;
  /** 光伏扶贫差异化奖补资金(万元): 省级财政当年拨付本县光伏扶贫项目的差异化奖补资金(万元)。 / Differentiated subsidy the province paid for the county’s listed PV projects in the year. 措施3. 汇总方式 / rolls up as: sum. */
  pvSubsidy: Maybe<Scalars['Float']['output']>;
  /** 年末常住人口(人): 本县年末常住人口(人), 人均财政预算支出的分母。 / The county’s resident population at the end of the year: the denominator of per-capita expenditure. 措施2. 汇总方式 / rolls up as: sum. */
  residentPopulation: Maybe<Scalars['Int']['output']>;
  /** 文件各项规则的结果 / the rules of the document, evaluated */
  rules: Array<RuleResult>;
  /** 所示数值中是否含样例数据 / true when any figure shown is SAMPLE data, not published */
  sample: Scalars['Boolean']['output'];
  /** 增列专项扶贫预算(万元): 县级财政当年按收入增量增列的专项扶贫预算(万元), 不含上级补助。 / Special poverty-alleviation budget the county added out of its own revenue increase in the year, excluding transfers from above. 措施1. 汇总方式 / rolls up as: sum. */
  specialBudgetAdded: Maybe<Scalars['Float']['output']>;
  /** 增列专项扶贫预算占当年地方财政收入增量的比例(%) (由其他指标计算 / derived): 增列专项扶贫预算 ÷ 当年地方财政收入增量 × 100; 文件要求不低于15%。 / Special budget added ÷ revenue increase × 100; the document asks for at least 15 %. 措施1. 汇总方式 / rolls up as: ratio of sums. */
  specialBudgetShare: Maybe<Scalars['Float']['output']>;
  /** 分配的中央和省级财政专项扶贫资金(万元): 当年分配给本县的中央和省级财政专项扶贫资金(万元)。 / Central and provincial special poverty-alleviation funds allocated to the county for the year. 措施4. 汇总方式 / rolls up as: sum. */
  specialFundsAllocated: Maybe<Scalars['Float']['output']>;
  /** 按贫困人口平均的专项扶贫资金(元) (由其他指标计算 / derived): 分配的专项扶贫资金 ÷ 资金分配所依据的贫困人口(元/人)。 / Special funds allocated ÷ poor population of the allocation, in yuan per person. 措施4. 汇总方式 / rolls up as: ratio of sums. */
  specialFundsPerPoorPerson: Maybe<Scalars['Float']['output']>;
  /** 占全省专项扶贫资金分配总额的比例(%): 本县分得的专项扶贫资金 ÷ 当年全省分配到县的总额 × 100; 汇总为各县之和。 / Funds allocated to the county ÷ the province’s total allocated to counties that year × 100; rolls up as the sum. 措施4. 汇总方式 / rolls up as: sum. */
  specialFundsShareOfProvince: Maybe<Scalars['Float']['output']>;
  /** 存量资金用于精准扶贫的数额(万元): 当年清理回收的存量资金中安排用于精准扶贫的部分(万元)。 / The part of the stock funds recovered in the year that was allocated to precise poverty alleviation. 措施1. 汇总方式 / rolls up as: sum. */
  stockFundsForPrecisePoverty: Maybe<Scalars['Float']['output']>;
  /** 存量资金用于精准扶贫的比例(%) (由其他指标计算 / derived): 用于精准扶贫的存量资金 ÷ 当年清理回收可统筹使用的存量资金 × 100; 文件要求50%以上。 / Stock funds used for precise poverty alleviation ÷ stock funds recovered × 100; the document asks for 50 % or more. 措施1. 汇总方式 / rolls up as: ratio of sums. */
  stockFundsPrecisePovertyShare: Maybe<Scalars['Float']['output']>;
  /** 当年清理回收可统筹使用的存量资金(万元): 当年清理收回、可由县级统筹使用的财政存量资金(万元)。 / Idle fiscal stock funds the county cleared and recovered in the year that it may re-allocate. 措施1. 汇总方式 / rolls up as: sum. */
  stockFundsRecovered: Maybe<Scalars['Float']['output']>;
  /** 财政转移支付安排额(万元): 省级财政当年对本县安排的转移支付总额(含中央经省下达的部分, 不含专项扶贫资金)(万元)。 / Transfer payments the province arranged for the county in the year, including central funds passed on by the province, excluding the special poverty funds of measure 4. 措施2. 汇总方式 / rolls up as: sum. */
  transferPayment: Maybe<Scalars['Float']['output']>;
  /** 年份(年), 2018–2020 / the plan year of the figures */
  year: Scalars['Int']['output'];
};

/** 组织保障(共九条) / One of the nine organisational guarantees */
export type Guarantee = {
  __typename?: 'Guarantee';
  /** 序号 1–9, 即(一)至(九) / number as in the document */
  number: Scalars['Int']['output'];
  /** 正文(原文) / full text in the document's words */
  text: Scalars['String']['output'];
  /** 标题(原文), 如“强化考核评估” / title in the document's words */
  title: Scalars['String']['output'];
  /** 标题英文(本项目所译, 非官方) / English title, this project's rendering */
  titleEn: Scalars['String']['output'];
};

/** 省卫生计生委、省民政厅数据在市(州)或全省的汇总, 在SQL中计算 / 省卫生计生委、省民政厅's figures rolled up over a prefecture or the province */
export type HealthRollup = {
  __typename?: 'HealthRollup';
  /** 行政村(个): 县内行政村个数(年末), 即应有村级卫生室之处 / number of administrative villages (行政村) in the county at the end of the year: the places that should each have a village clinic. 措施18. 汇总方式 / rolls up as: sum. */
  administrativeVillages: Maybe<Scalars['Int']['output']>;
  /** 报送了数据的县数(个): 本年报送县数最多的一项指标的县数 / counties reporting: how many counties reported the most-reported indicator this year */
  countiesReporting: Scalars['Int']['output'];
  /** 医疗救助补助资金(万元): 当年分配下达该县的医疗救助补助资金(中央和省级合计, 万元) / medical-assistance subsidy funds (医疗救助补助资金) allocated to the county for the year, central and provincial together, in 万元 (10,000 yuan). 措施19. 汇总方式 / rolls up as: sum. */
  medicalAssistanceFunds: Maybe<Scalars['Float']['output']>;
  /** 存量贫困人口人均医疗救助补助资金(元) (由其他指标计算 / derived): 医疗救助补助资金 × 10000 ÷ 存量贫困人口(元/人), 用以观察资金是否"向非贫困县倾斜"; 文件未定标准, 不设规则 / medical-assistance funds in yuan divided by the stock poor population: how far the funds lean towards non-poverty counties (向非贫困县倾斜). The document sets no threshold, so no rule reads it. 措施19. 汇总方式 / rolls up as: ratio of sums. */
  medicalAssistanceFundsPerStockPoorPerson: Maybe<Scalars['Float']['output']>;
  /** 文件各项规则的结果 / the rules of the document, evaluated */
  rules: Array<RuleResult>;
  /** 所示数值中是否含样例数据 / true when any figure shown is SAMPLE data, not published */
  sample: Scalars['Boolean']['output'];
  /** 存量贫困人口(人): 本厅(省民政厅)统计的县内存量贫困人口, 按文件的2018年基数(60个非贫困县共65.93万人, 脱贫后仍计入), 各年相同, 为人均资金的分母; 县级视图将其与目录的存量贫困人口基数比较, 相差超过2%即标出 / the department's own count of the county's stock poor population as the document counts it (2018 baseline, 659,300 across the 60 non-poverty counties, still counted after people are lifted out), the same figure every year: the base of funds per person. The county's view compares it with the catalog's stock and flags a difference of more than 2 %. 措施19. 汇总方式 / rolls up as: sum. */
  stockPoorPopulation: Maybe<Scalars['Int']['output']>;
  /** 乡镇卫生院建设覆盖率(%) (由其他指标计算 / derived): 乡镇卫生院建设达标的乡镇 ÷ 乡镇 × 100 / townships with a township health centre built to standard as a share of all townships. 措施18. 汇总方式 / rolls up as: ratio of sums. */
  townshipHealthCentreCoverage: Maybe<Scalars['Float']['output']>;
  /** 乡镇(个): 县内乡镇(乡、镇, 不含街道)个数(年末), 即应有乡镇卫生院之处 / number of townships (乡 and 镇, not urban sub-districts 街道) in the county at the end of the year: the places that should each have a township health centre. 措施18. 汇总方式 / rolls up as: sum. */
  townships: Maybe<Scalars['Int']['output']>;
  /** 乡镇卫生院建设达标的乡镇(个): 年末有一所按要求建设达标的乡镇卫生院(政府举办, 业务用房和设备达到建设标准)的乡镇个数 / number of townships with a government-run township health centre (乡镇卫生院) built as required (按要求: premises and equipment meeting the construction standard) at the end of the year. 措施18. 汇总方式 / rolls up as: sum. */
  townshipsWithStandardHealthCentre: Maybe<Scalars['Int']['output']>;
  /** 村级卫生室建设覆盖率(%) (由其他指标计算 / derived): 村级卫生室建设达标的行政村 ÷ 行政村 × 100 / administrative villages with a village clinic built to standard as a share of all administrative villages. 措施18. 汇总方式 / rolls up as: ratio of sums. */
  villageClinicCoverage: Maybe<Scalars['Float']['output']>;
  /** 村级卫生室建设达标的行政村(个): 年末有按要求建设达标的村级卫生室(或乡镇卫生院设在本村、按规定不另设卫生室)的行政村个数 / number of administrative villages with a village clinic (村级卫生室) built as required at the end of the year, counting a village where the township health centre itself stands and no separate clinic is required. 措施18. 汇总方式 / rolls up as: sum. */
  villagesWithStandardClinic: Maybe<Scalars['Int']['output']>;
  /** 年份(年), 2018–2020 / the plan year of the figures */
  year: Scalars['Int']['output'];
};

/** 各部门按县按年报送的指标; 定义在各部门, 由目录统一列出 / An indicator a department reports per county and year */
export type Indicator = {
  __typename?: 'Indicator';
  /** 比值的分母 / denominator of a derived ratio */
  denominator: Maybe<Indicator>;
  /** 报送单位: 所属措施的(第一个)牵头单位, 总体目标的指标为省扶贫办; 措施无牵头单位时为空 / the unit that reports it: its measure's (first) lead unit, 省扶贫办 for the overall targets; null if the measure names none */
  department: Maybe<Department>;
  /** 口径说明 / what exactly is counted */
  description: Scalars['String']['output'];
  /** 稳定标识, 如 transport.roadUpgradeKmPerTownship */
  id: Scalars['ID']['output'];
  /** 是否只取整数 / whole numbers only */
  integer: Scalars['Boolean']['output'];
  /** 有效值上限(单位同指标) / highest valid value, in its unit */
  max: Maybe<Scalars['Float']['output']>;
  /** 所报告的措施; 文件总体目标的指标为空 / null for the overall targets */
  measure: Maybe<Measure>;
  /** 有效值下限(单位同指标) / lowest valid value, in its unit */
  min: Maybe<Scalars['Float']['output']>;
  /** 中文名称 / Chinese name, in the document's words where it has them */
  name: Scalars['String']['output'];
  /** 英文名称 / English name */
  nameEn: Scalars['String']['output'];
  /** 比值的分子 / numerator of a derived ratio */
  numerator: Maybe<Indicator>;
  /** 是否由部门发布(否则由其他指标计算) / published, or derived from others */
  published: Scalars['Boolean']['output'];
  /** 在市(州)、全省的汇总方式 / how it rolls up over counties */
  rollup: RollupKind;
  /** 考察该指标的规则 / the rules that read it */
  rules: Array<Rule>;
  /** 比值的倍数(倍, 百分比为100); 非比值指标为空 / scale of a ratio (100 for a percentage); null for other indicators */
  scale: Maybe<Scalars['Float']['output']>;
  /** 计量单位 / unit of its values */
  unit: Unit;
};

/** 推进举措中的一条措施(共22条) / One of the document's 22 numbered measures */
export type Measure = {
  __typename?: 'Measure';
  /** 所属的推进举措组 / the group it belongs to */
  group: MeasureGroup;
  /** 报告本措施的指标 / the indicators that report on it */
  indicators: Array<Indicator>;
  /** 牵头单位: lead units (empty where the document names 责任单位) */
  leadDepartments: Array<Department>;
  /** 措施序号 1–22: number as in the document */
  number: Scalars['Int']['output'];
  /** 责任单位: responsible units (empty where the document names 牵头单位) */
  responsibleDepartments: Array<Department>;
  /** 本措施的量化要求 / its quantitative requirements */
  rules: Array<Rule>;
  /** 措施原文(不含括注的牵头/责任单位): the measure's full Chinese text */
  text: Scalars['String']['output'];
};

/** 一条措施在某县某年的考核 / One measure of one county in the assessment of a year */
export type MeasureAssessment = {
  __typename?: 'MeasureAssessment';
  /** 对该措施数据负责的单位(牵头单位) / the unit that answers for its figures (its lead unit) */
  department: Maybe<Department>;
  /** 措施 / the measure */
  measure: Measure;
  /** 各规则的结果(含不适用的, 见 reason), 来自负责部门; 部门未应答时为空, 并报 DEPARTMENT_UNAVAILABLE 错误 / the results of its rules (NOT_APPLICABLE ones included, with their reason), from the department; null with a DEPARTMENT_UNAVAILABLE error when it did not answer */
  rules: Maybe<Array<RuleResult>>;
  /** 本年适用的规则数(条), 不含不适用的; UNAVAILABLE 时为空 / rules that apply this year, NOT_APPLICABLE ones not counted; null when UNAVAILABLE */
  rulesApplicable: Maybe<Scalars['Int']['output']>;
  /** 其中达到的规则数(条) / of which MET */
  rulesMet: Maybe<Scalars['Int']['output']>;
  /** 措施得分(分, 0–100): 达到的适用规则数 ÷ 适用规则数 × 100; UNAVAILABLE 或 NOT_APPLICABLE 时为空 / share of its applicable rules MET, × 100; null when UNAVAILABLE or NOT_APPLICABLE */
  score: Maybe<Scalars['Float']['output']>;
  /** 考核结果: 按其各适用规则的结果 / how it stands, from its applicable rules' results */
  status: AssessmentStatus;
};

/** 推进举措的一组, 如“(一)加大财政投入” / One of the six groups of measures */
export type MeasureGroup = {
  __typename?: 'MeasureGroup';
  /** 稳定标识, 如 fiscal-investment: stable id */
  id: Scalars['ID']['output'];
  /** 本组的措施 / the measures of the group */
  measures: Array<Measure>;
  /** 组序号 1–6, 即(一)至(六) / ordinal as in the document */
  ordinal: Scalars['Int']['output'];
  /** 组标题(原文), 如“加大财政投入” / title in the document's words */
  title: Scalars['String']['output'];
  /** 组标题英文(本项目所译, 非官方) / English title, this project's rendering */
  titleEn: Scalars['String']['output'];
};

/** 一条措施在多县的汇总 / One measure over the counties of a roll-up */
export type MeasureRollup = {
  __typename?: 'MeasureRollup';
  /** 考核该措施的县数(个), 含部门未应答的, 不含不适用的 / counties it is assessed for, UNAVAILABLE ones included, NOT_APPLICABLE ones not */
  counties: Scalars['Int']['output'];
  /** 其中该措施为 MET 的县数(个) / of which the measure is MET */
  countiesMet: Scalars['Int']['output'];
  /** 其中该措施为 NO_DATA 的县数(个) / of which it is NO_DATA */
  countiesNoData: Scalars['Int']['output'];
  /** 该措施规则均不适用的县数(个), 不计入 counties / counties where none of its rules applies, not counted in counties */
  countiesNotApplicable: Scalars['Int']['output'];
  /** 其中该措施为 NOT_MET 的县数(个) / of which it is NOT_MET */
  countiesNotMet: Scalars['Int']['output'];
  /** 其中部门未应答(UNAVAILABLE)的县数(个) / of which it is UNAVAILABLE: its department did not answer */
  countiesUnavailable: Scalars['Int']['output'];
  /** 对该措施数据负责的单位(牵头单位) / the unit that answers for its figures (its lead unit) */
  department: Maybe<Department>;
  /** 各县该措施得分的平均(分, 0–100), 不计 UNAVAILABLE; 无可计者为空 / mean of the counties' scores on it, UNAVAILABLE left out */
  meanScore: Maybe<Scalars['Float']['output']>;
  /** 措施 / the measure */
  measure: Measure;
};

/** 写入入口: 各单位发布本单位的指标数值(publish…Observations), 需要本单位的 publisher 令牌 / The entry points for writing: each department publishes its own figures (publish…Observations) with a publisher token of its own */
export type Mutation = {
  __typename?: 'Mutation';
  /** 省教育厅发布本单位指标的一批数值: 整批校验, 一个事务写入, 更正即新修订; 需要本单位 publisher 令牌 / publish a batch of 省教育厅's figures: validated whole, written in one transaction; needs a publisher token of the department */
  publishEducationObservations: PublishResult;
  /** 人民银行武汉分行、湖北保监局发布本单位指标的一批数值: 整批校验, 一个事务写入, 更正即新修订; 需要本单位 publisher 令牌 / publish a batch of 人民银行武汉分行、湖北保监局's figures: validated whole, written in one transaction; needs a publisher token of the department */
  publishFinanceInsuranceObservations: PublishResult;
  /** 省财政厅发布本单位指标的一批数值: 整批校验, 一个事务写入, 更正即新修订; 需要本单位 publisher 令牌 / publish a batch of 省财政厅's figures: validated whole, written in one transaction; needs a publisher token of the department */
  publishFinanceObservations: PublishResult;
  /** 省卫生计生委、省民政厅发布本单位指标的一批数值: 整批校验, 一个事务写入, 更正即新修订; 需要本单位 publisher 令牌 / publish a batch of 省卫生计生委、省民政厅's figures: validated whole, written in one transaction; needs a publisher token of the department */
  publishHealthObservations: PublishResult;
  /** 省扶贫办发布本单位指标的一批数值: 整批校验, 一个事务写入, 更正即新修订; 需要本单位 publisher 令牌 / publish a batch of 省扶贫办's figures: validated whole, written in one transaction; needs a publisher token of the department */
  publishProgressObservations: PublishResult;
  /** 省交通运输厅发布本单位指标的一批数值: 整批校验, 一个事务写入, 更正即新修订; 需要本单位 publisher 令牌 / publish a batch of 省交通运输厅's figures: validated whole, written in one transaction; needs a publisher token of the department */
  publishTransportObservations: PublishResult;
  /** 省水利厅发布本单位指标的一批数值: 整批校验, 一个事务写入, 更正即新修订; 需要本单位 publisher 令牌 / publish a batch of 省水利厅's figures: validated whole, written in one transaction; needs a publisher token of the department */
  publishWaterObservations: PublishResult;
};

/** 写入入口: 各单位发布本单位的指标数值(publish…Observations), 需要本单位的 publisher 令牌 / The entry points for writing: each department publishes its own figures (publish…Observations) with a publisher token of its own */
export type MutationPublishEducationObservationsArgs = {
  input: PublishObservationsInput;
};

/** 写入入口: 各单位发布本单位的指标数值(publish…Observations), 需要本单位的 publisher 令牌 / The entry points for writing: each department publishes its own figures (publish…Observations) with a publisher token of its own */
export type MutationPublishFinanceInsuranceObservationsArgs = {
  input: PublishObservationsInput;
};

/** 写入入口: 各单位发布本单位的指标数值(publish…Observations), 需要本单位的 publisher 令牌 / The entry points for writing: each department publishes its own figures (publish…Observations) with a publisher token of its own */
export type MutationPublishFinanceObservationsArgs = {
  input: PublishObservationsInput;
};

/** 写入入口: 各单位发布本单位的指标数值(publish…Observations), 需要本单位的 publisher 令牌 / The entry points for writing: each department publishes its own figures (publish…Observations) with a publisher token of its own */
export type MutationPublishHealthObservationsArgs = {
  input: PublishObservationsInput;
};

/** 写入入口: 各单位发布本单位的指标数值(publish…Observations), 需要本单位的 publisher 令牌 / The entry points for writing: each department publishes its own figures (publish…Observations) with a publisher token of its own */
export type MutationPublishProgressObservationsArgs = {
  input: PublishObservationsInput;
};

/** 写入入口: 各单位发布本单位的指标数值(publish…Observations), 需要本单位的 publisher 令牌 / The entry points for writing: each department publishes its own figures (publish…Observations) with a publisher token of its own */
export type MutationPublishTransportObservationsArgs = {
  input: PublishObservationsInput;
};

/** 写入入口: 各单位发布本单位的指标数值(publish…Observations), 需要本单位的 publisher 令牌 / The entry points for writing: each department publishes its own figures (publish…Observations) with a publisher token of its own */
export type MutationPublishWaterObservationsArgs = {
  input: PublishObservationsInput;
};

/** 某指标某县某年的一个数值(一次修订) / One value of an indicator for a county and year, one revision */
export type Observation = {
  __typename?: 'Observation';
  /** 县(市、区) / the county */
  county: County;
  /** 指标 / the indicator */
  indicator: Indicator;
  /** 备注 / note */
  note: Maybe<Scalars['String']['output']>;
  /** 发布时间 / when */
  publishedAt: Scalars['DateTimeISO']['output'];
  /** 发布者 / who published it */
  publishedBy: Scalars['String']['output'];
  /** 修订号, 从1起; 更正即新修订 / revision, from 1; a correction is a new one */
  revision: Scalars['Int']['output'];
  /** 是否样例数据(非正式发布) / SAMPLE data, not published figures */
  sample: Scalars['Boolean']['output'];
  /** 数值(单位同指标) / the value, in the indicator's unit */
  value: Scalars['Float']['output'];
  /** 年份(年) / year */
  year: Scalars['Int']['output'];
};

/** 要发布的一个数值 / One value to publish */
export type ObservationInput = {
  /** 县级行政区划代码, 须在指标范围内(默认有扶贫任务的非贫困县, 否则报 COUNTY_OUT_OF_SCOPE); 旧代码亦可 / county code, in the indicator's scope (the non-poverty counties with tasks unless it says otherwise; else COUNTY_OUT_OF_SCOPE); old codes are accepted */
  county: Scalars['ID']['input'];
  /** 指标标识, 如 transport.townshipRoadUpgradeKm */
  indicator: Scalars['ID']['input'];
  /** 备注 / note */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 更正时填写所更正的修订号; 若已不是当前修订则整批冲突 / the revision this corrects: the batch fails with CONFLICT if it is no longer current */
  replacesRevision?: InputMaybe<Scalars['Int']['input']>;
  /** 数值, 单位同指标 / the value, in the indicator's unit */
  value: Scalars['Float']['input'];
  /** 年份(年), 2018–2020; 与上年比较的指标另可报基年2017 / year, 2018–2020, and the base year 2017 for the figures a year-on-year rule compares */
  year: Scalars['Int']['input'];
};

/** 湖北省扶贫攻坚领导小组关于非贫困县脱贫攻坚工作的指导意见(2018年7月18日) / The guideline this graph is about */
export type Policy = {
  __typename?: 'Policy';
  /** 主送: addressees */
  addressees: Scalars['String']['output'];
  /** 成文日期(ISO 8601): date of issue */
  issueDate: Scalars['String']['output'];
  /** 发文单位: issuer */
  issuer: Scalars['String']['output'];
  /** 发文单位英文名称 / issuer in English */
  issuerEn: Scalars['String']['output'];
  /** 坚持非贫困县与贫困县“四个一致” / the four principles of equal treatment with poverty counties */
  principles: Array<PolicyPrinciple>;
  /** 本项目对文件的概述(非原文): a paraphrase, not the document's words */
  summary: Scalars['String']['output'];
  /** 概述的英文(非原文) / the paraphrase in English */
  summaryEn: Scalars['String']['output'];
  /** 文件确定的目标任务: 97个县、788个存量贫困村、65.93万存量贫困人口、2020年 / the targets the document sets */
  targets: PolicyTargets;
  /** 文件标题(据文件措辞拟定, 原文无标题行): title, derived from the text */
  title: Scalars['String']['output'];
  /** 英文标题(本项目所译, 非官方) / English title, this project's rendering */
  titleEn: Scalars['String']['output'];
};

/** “四个一致”原则之一 / One of the document's four principles of equal treatment */
export type PolicyPrinciple = {
  __typename?: 'PolicyPrinciple';
  /** 原则(原文), 如“脱贫政策一致” / the principle in the document's words */
  text: Scalars['String']['output'];
  /** 英文译文(本项目所译, 非官方) / English rendering, this project's, not official */
  textEn: Scalars['String']['output'];
};

/** 文件确定的目标任务 / The targets the document sets */
export type PolicyTargets = {
  __typename?: 'PolicyTargets';
  /** 有扶贫任务的县(市、区)数(个): counties with poverty-alleviation tasks (97) */
  countiesWithTasks: Scalars['Int']['output'];
  /** 完成期限(年): the year by which all must exit (2020) */
  deadlineYear: Scalars['Int']['output'];
  /** 有扶贫任务的非贫困县数(个): non-poverty counties with tasks (60) */
  nonPovertyCounties: Scalars['Int']['output'];
  /** 贫困县数(个): poverty counties (37) */
  povertyCounties: Scalars['Int']['output'];
  /** 非贫困县存量贫困人口(人), 即65.93万人, 须于期限前全部脱贫: stock poor people to be lifted out (659,300) */
  stockPoorPopulation: Scalars['Int']['output'];
  /** 非贫困县存量贫困村(个), 须于期限前全部出列: stock poor villages to exit (788) */
  stockPoorVillages: Scalars['Int']['output'];
};

/** 贫困县身份 / Poverty-county status */
export type PovertyStatus =
  /** 国家级贫困县 / national poverty county */
  | 'NATIONAL'
  /** 非贫困县 / non-poverty county */
  | 'NONE'
  /** 省级贫困县 / provincial poverty county */
  | 'PROVINCIAL';

/** 市(州)级单位(含省直辖县级行政区划) / A prefecture-level unit of Hubei */
export type Prefecture = {
  __typename?: 'Prefecture';
  /** 本市(州)有扶贫任务的非贫困县某年的考核汇总, 各县按全省名次 / the assessment of its non-poverty counties with tasks, ranked */
  assessment: PrefectureAssessment;
  /** 六位行政区划代码, 如 421100(黄冈市) / six-digit division code */
  code: Scalars['ID']['output'];
  /** 下辖县(市、区), 可筛选 / its county-level units, filtered */
  counties: Array<County>;
  /** 省教育厅的数据(样例数据会标明) / 省教育厅's figures for a plan year (2018–2020) */
  education: Maybe<EducationRollup>;
  /** 省财政厅的数据(样例数据会标明) / 省财政厅's figures for a plan year (2018–2020) */
  finance: Maybe<FinanceRollup>;
  /** 人民银行武汉分行、湖北保监局的数据(样例数据会标明) / 人民银行武汉分行、湖北保监局's figures for a plan year (2018–2020) */
  financeInsurance: Maybe<FinanceInsuranceRollup>;
  /** 省卫生计生委、省民政厅的数据(样例数据会标明) / 省卫生计生委、省民政厅's figures for a plan year (2018–2020) */
  health: Maybe<HealthRollup>;
  /** 名称, 如 黄冈市 / name, in Chinese */
  name: Scalars['String']['output'];
  /** 省扶贫办的数据(样例数据会标明) / 省扶贫办's figures for a plan year (2018–2020) */
  progress: Maybe<ProgressRollup>;
  /** 所属省 / the province it belongs to */
  province: Province;
  /** 省交通运输厅的数据(样例数据会标明) / 省交通运输厅's figures for a plan year (2018–2020) */
  transport: Maybe<TransportRollup>;
  /** 省水利厅的数据(样例数据会标明) / 省水利厅's figures for a plan year (2018–2020) */
  water: Maybe<WaterRollup>;
};

/** 市(州)级单位(含省直辖县级行政区划) / A prefecture-level unit of Hubei */
export type PrefectureAssessmentArgs = {
  year: Scalars['Int']['input'];
};

/** 市(州)级单位(含省直辖县级行政区划) / A prefecture-level unit of Hubei */
export type PrefectureCountiesArgs = {
  hasTasks: InputMaybe<Scalars['Boolean']['input']>;
  povertyStatus: InputMaybe<PovertyStatus>;
};

/** 市(州)级单位(含省直辖县级行政区划) / A prefecture-level unit of Hubei */
export type PrefectureEducationArgs = {
  year: Scalars['Int']['input'];
};

/** 市(州)级单位(含省直辖县级行政区划) / A prefecture-level unit of Hubei */
export type PrefectureFinanceArgs = {
  year: Scalars['Int']['input'];
};

/** 市(州)级单位(含省直辖县级行政区划) / A prefecture-level unit of Hubei */
export type PrefectureFinanceInsuranceArgs = {
  year: Scalars['Int']['input'];
};

/** 市(州)级单位(含省直辖县级行政区划) / A prefecture-level unit of Hubei */
export type PrefectureHealthArgs = {
  year: Scalars['Int']['input'];
};

/** 市(州)级单位(含省直辖县级行政区划) / A prefecture-level unit of Hubei */
export type PrefectureProgressArgs = {
  year: Scalars['Int']['input'];
};

/** 市(州)级单位(含省直辖县级行政区划) / A prefecture-level unit of Hubei */
export type PrefectureTransportArgs = {
  year: Scalars['Int']['input'];
};

/** 市(州)级单位(含省直辖县级行政区划) / A prefecture-level unit of Hubei */
export type PrefectureWaterArgs = {
  year: Scalars['Int']['input'];
};

/** 某市(州)有扶贫任务的非贫困县某年的考核汇总, 各县按全省名次排列 / A prefecture's assessment, its counties ranked */
export type PrefectureAssessment = {
  __typename?: 'PrefectureAssessment';
  /** 是否每个部门都已应答; 否则得分只计可考核的措施 / whether every department answered */
  complete: Scalars['Boolean']['output'];
  /** 各县, 按全省名次 / its counties, by their rank in the province */
  counties: Array<Assessment>;
  /** 各县得分的平均(分, 0–100); 无得分的县不计 / mean of the counties' scores, counties without one left out */
  meanScore: Maybe<Scalars['Float']['output']>;
  /** 各措施在本市(州)各县的汇总, 按序号 / every measure over its counties, by number */
  measures: Array<MeasureRollup>;
  /** 市(州) / the prefecture */
  prefecture: Prefecture;
  /** 各县考核的规则数之和(条) / rules assessed, summed over the counties */
  rulesAssessed: Scalars['Int']['output'];
  /** 其中达到的规则数(条) / of which MET */
  rulesMet: Scalars['Int']['output'];
  /** 是否用到样例数据: 有一县的得分用到即为真 / whether a sample figure went into it: true when any county's score rests on one */
  sample: Scalars['Boolean']['output'];
  /** 规则达到率(%): 各县达到的规则数之和 ÷ 考核的规则数之和 × 100; 无考核规则时为空 / rules MET ÷ rules assessed × 100, over all its counties */
  shareOfRulesMet: Maybe<Scalars['Float']['output']>;
  /** 未应答的部门 / the departments that did not answer */
  unavailableDepartments: Array<Department>;
  /** 考核年份(年) / the year assessed */
  year: Scalars['Int']['output'];
};

/** 省扶贫办数据在市(州)或全省的汇总, 在SQL中计算 / 省扶贫办's figures rolled up over a prefecture or the province */
export type ProgressRollup = {
  __typename?: 'ProgressRollup';
  /** 报送了数据的县数(个): 本年报送县数最多的一项指标的县数 / counties reporting: how many counties reported the most-reported indicator this year */
  countiesReporting: Scalars['Int']['output'];
  /** 已脱贫人口(人): 截至年末累计脱贫的存量贫困人口 / stock poor people lifted out of poverty, cumulative at year end. 总体目标 / overall targets. 汇总方式 / rolls up as: sum. */
  peopleLiftedOut: Maybe<Scalars['Int']['output']>;
  /** 贫困人口脱贫率(%) (由其他指标计算 / derived): 已脱贫人口 ÷ 存量贫困人口 × 100 / people lifted out as a share of the stock poor population. 总体目标 / overall targets. 汇总方式 / rolls up as: ratio of sums. */
  peopleLiftedOutShare: Maybe<Scalars['Float']['output']>;
  /** 文件各项规则的结果 / the rules of the document, evaluated */
  rules: Array<RuleResult>;
  /** 所示数值中是否含样例数据 / true when any figure shown is SAMPLE data, not published */
  sample: Scalars['Boolean']['output'];
  /** 存量贫困人口(人): 文件确定的存量贫困人口, 即2017年末的基数, 只按2017年发布一次, 各年相同(60县合计65.93万人) / stock poor people as the document counts them, the baseline at the end of 2017: published once, for 2017, and the same in every plan year (659,300 over the 60 counties). 总体目标 / overall targets. 汇总方式 / rolls up as: sum. */
  stockPoorPopulation: Maybe<Scalars['Int']['output']>;
  /** 存量贫困村(个): 文件确定的存量贫困村数, 即2017年末的基数, 只按2017年发布一次, 各年相同; 出列率、进度与各部门的核对都以此为分母(60县合计788个) / stock poor villages as the document counts them, the baseline at the end of 2017: published once, for 2017, and the same in every plan year; the denominator of the exit share, of the progress and of the departments’ checks (788 over the 60 counties). 总体目标 / overall targets. 汇总方式 / rolls up as: sum. */
  stockPoorVillages: Maybe<Scalars['Int']['output']>;
  /** 已出列贫困村(个): 截至年末累计出列的存量贫困村数 / stock poor villages that have exited, cumulative at year end. 总体目标 / overall targets. 汇总方式 / rolls up as: sum. */
  villagesExited: Maybe<Scalars['Int']['output']>;
  /** 贫困村出列率(%) (由其他指标计算 / derived): 已出列贫困村 ÷ 存量贫困村 × 100 / villages exited as a share of the stock poor villages. 总体目标 / overall targets. 汇总方式 / rolls up as: ratio of sums. */
  villagesExitedShare: Maybe<Scalars['Float']['output']>;
  /** 年份(年), 2018–2020 / the plan year of the figures */
  year: Scalars['Int']['output'];
};

/** 湖北省: 全省汇总的入口 / Hubei province, where the province-wide roll-ups hang */
export type Province = {
  __typename?: 'Province';
  /** 行政区划代码 420000 / division code */
  code: Scalars['ID']['output'];
  /** 省教育厅的数据(样例数据会标明) / 省教育厅's figures for a plan year (2018–2020) */
  education: Maybe<EducationRollup>;
  /** 省财政厅的数据(样例数据会标明) / 省财政厅's figures for a plan year (2018–2020) */
  finance: Maybe<FinanceRollup>;
  /** 人民银行武汉分行、湖北保监局的数据(样例数据会标明) / 人民银行武汉分行、湖北保监局's figures for a plan year (2018–2020) */
  financeInsurance: Maybe<FinanceInsuranceRollup>;
  /** 省卫生计生委、省民政厅的数据(样例数据会标明) / 省卫生计生委、省民政厅's figures for a plan year (2018–2020) */
  health: Maybe<HealthRollup>;
  /** 名称: 湖北省 / name, in Chinese */
  name: Scalars['String']['output'];
  /** 14个市(州)级单位 / its 14 prefecture-level units */
  prefectures: Array<Prefecture>;
  /** 省扶贫办的数据(样例数据会标明) / 省扶贫办's figures for a plan year (2018–2020) */
  progress: Maybe<ProgressRollup>;
  /** 省交通运输厅的数据(样例数据会标明) / 省交通运输厅's figures for a plan year (2018–2020) */
  transport: Maybe<TransportRollup>;
  /** 省水利厅的数据(样例数据会标明) / 省水利厅's figures for a plan year (2018–2020) */
  water: Maybe<WaterRollup>;
};

/** 湖北省: 全省汇总的入口 / Hubei province, where the province-wide roll-ups hang */
export type ProvinceEducationArgs = {
  year: Scalars['Int']['input'];
};

/** 湖北省: 全省汇总的入口 / Hubei province, where the province-wide roll-ups hang */
export type ProvinceFinanceArgs = {
  year: Scalars['Int']['input'];
};

/** 湖北省: 全省汇总的入口 / Hubei province, where the province-wide roll-ups hang */
export type ProvinceFinanceInsuranceArgs = {
  year: Scalars['Int']['input'];
};

/** 湖北省: 全省汇总的入口 / Hubei province, where the province-wide roll-ups hang */
export type ProvinceHealthArgs = {
  year: Scalars['Int']['input'];
};

/** 湖北省: 全省汇总的入口 / Hubei province, where the province-wide roll-ups hang */
export type ProvinceProgressArgs = {
  year: Scalars['Int']['input'];
};

/** 湖北省: 全省汇总的入口 / Hubei province, where the province-wide roll-ups hang */
export type ProvinceTransportArgs = {
  year: Scalars['Int']['input'];
};

/** 湖北省: 全省汇总的入口 / Hubei province, where the province-wide roll-ups hang */
export type ProvinceWaterArgs = {
  year: Scalars['Int']['input'];
};

/** 全省非贫困县某年的考核评估(组织保障五、强化考核评估) / the assessment of the non-poverty counties for one year */
export type ProvinceAssessment = {
  __typename?: 'ProvinceAssessment';
  /** 是否每个部门都已应答; 否则得分只计可考核的措施 / whether every department answered */
  complete: Scalars['Boolean']['output'];
  /** 全部参加考核的县, 按名次 / every county assessed, best first */
  counties: Array<Assessment>;
  /** 各县得分的平均(分, 0–100); 无得分的县不计 / mean of the counties' scores, counties without one left out */
  meanScore: Maybe<Scalars['Float']['output']>;
  /** 各措施在全省的汇总 / every measure over the province */
  measures: Array<MeasureRollup>;
  /** 全省进度, 截至考核年份的每年年末, 对照存量(各县存量之和, 与规则和各部门核对所用为同一存量; 文件合计788个村、65.93万人, 见 policy.targets); 数字由省扶贫办发布(同 Province.progress) / the province's progress at the end of each plan year up to the one assessed, against the stock (the counties' stock summed: the same stock the rules and the departments’ checks read; the document’s totals, 788 villages and 659,300 people, are policy.targets); the figures are those the poverty alleviation office publishes (as Province.progress) */
  progress: Array<TargetProgress>;
  /** 湖北省 / the province */
  province: Province;
  /** 各县考核的规则数之和(条) / rules assessed, summed over the counties */
  rulesAssessed: Scalars['Int']['output'];
  /** 其中达到的规则数(条) / of which MET */
  rulesMet: Scalars['Int']['output'];
  /** 是否用到样例数据: 有一县的得分用到即为真 / whether a sample figure went into it: true when any county's score rests on one */
  sample: Scalars['Boolean']['output'];
  /** 规则达到率(%): 各县达到的规则数之和 ÷ 考核的规则数之和 × 100; 无考核规则时为空 / rules MET ÷ rules assessed × 100, over all its counties */
  shareOfRulesMet: Maybe<Scalars['Float']['output']>;
  /** 未应答的部门 / the departments that did not answer */
  unavailableDepartments: Array<Department>;
  /** 考核年份(年) / the year assessed */
  year: Scalars['Int']['output'];
};

/** 一批数值, 整批写入或整批不写 / A batch: written whole or not at all */
export type PublishObservationsInput = {
  /** 幂等键: 同一批重发不会重复写入, 返回第一次的结果; 不同的批用了同一键则拒绝 / idempotency key: a retry returns the first answer */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** 1 至 10,000 行 / 1 to 10,000 rows */
  rows: Array<ObservationInput>;
};

/** 一批发布的结果 / The result of publishing a batch */
export type PublishResult = {
  __typename?: 'PublishResult';
  /** 批次标识; 重发时为第一次写入的批次 / the batch id; for a retry, the first write's */
  batchId: Scalars['ID']['output'];
  /** 写入的数值及其新修订号 / what was written, with the new revisions */
  observations: Array<Observation>;
  /** 是否为重发(按幂等键返回第一次的结果) / a retry answered from the first time */
  replayed: Scalars['Boolean']['output'];
  /** 写入的行数(行) / rows written */
  rowsWritten: Scalars['Int']['output'];
};

/** 查询入口: 文件及其措施、组织保障、省直单位、市(州)和县、指标与规则、考核评估、各单位的写入审计记录; 各部门的数字经 County、Prefecture、Province 上的字段读取 / The entry points for reading: the document, its measures and guarantees, the departments, prefectures and counties, the indicators and rules, the assessment, and each department's audit log; the departments' figures hang off County, Prefecture and Province */
export type Query = {
  __typename?: 'Query';
  /** 县(市、区)列表, 可按市(州)、贫困县身份、是否有任务筛选 / Counties, filtered */
  counties: Array<County>;
  /** 按代码取一个县; 旧代码亦可 / One county by current or old code */
  county: Maybe<County>;
  /** 按标识取一个省直单位; 无此单位为空 / One unit by its id */
  department: Maybe<Department>;
  /** 文件点名的全部省直单位 / Every unit the document names */
  departments: Array<Department>;
  /** 省教育厅的写入审计记录, 最新在前; 仅本单位可读 / the audit log of writes, newest first; readable by the department only */
  educationAuditLog: Array<AuditEntry>;
  /** 省财政厅的写入审计记录, 最新在前; 仅本单位可读 / the audit log of writes, newest first; readable by the department only */
  financeAuditLog: Array<AuditEntry>;
  /** 人民银行武汉分行、湖北保监局的写入审计记录, 最新在前; 仅本单位可读 / the audit log of writes, newest first; readable by the department only */
  financeInsuranceAuditLog: Array<AuditEntry>;
  /** 九条组织保障 / The nine organisational guarantees */
  guarantees: Array<Guarantee>;
  /** 省卫生计生委、省民政厅的写入审计记录, 最新在前; 仅本单位可读 / the audit log of writes, newest first; readable by the department only */
  healthAuditLog: Array<AuditEntry>;
  /** 按标识取一个指标; 无此指标为空 / One indicator by its id */
  indicator: Maybe<Indicator>;
  /** 全部部门的指标, 可按单位或措施筛选 / Every department's indicators, by department or measure */
  indicators: Array<Indicator>;
  /** 按序号取一条措施 / One measure by its number (1–22) */
  measure: Maybe<Measure>;
  /** 推进举措的六个组 / The six groups of measures */
  measureGroups: Array<MeasureGroup>;
  /** 措施列表, 可按组或单位筛选 / The measures, optionally of one group or one department (either role) */
  measures: Array<Measure>;
  /** 本文件及其目标任务 / The document and its targets */
  policy: Policy;
  /** 按代码取一个市(州)级单位; 无此代码为空 / One prefecture-level unit by its code */
  prefecture: Maybe<Prefecture>;
  /** 全省14个市(州)级单位 / Hubei's 14 prefecture-level units */
  prefectures: Array<Prefecture>;
  /** 省扶贫办的写入审计记录, 最新在前; 仅本单位可读 / the audit log of writes, newest first; readable by the department only */
  progressAuditLog: Array<AuditEntry>;
  /** 湖北省 / the province, for province-wide roll-ups */
  province: Province;
  /** 全省非贫困县某年的考核评估: 各县得分、排名、差距, 及全省对照文件目标的进度 / the assessment of the province's non-poverty counties for one year: scores, ranks, shortfalls, and progress against the targets */
  provinceAssessment: ProvinceAssessment;
  /** 文件的全部量化要求, 可按措施或单位筛选 / Every rule of the document */
  rules: Array<Rule>;
  /** 省交通运输厅的写入审计记录, 最新在前; 仅本单位可读 / the audit log of writes, newest first; readable by the department only */
  transportAuditLog: Array<AuditEntry>;
  /** 省水利厅的写入审计记录, 最新在前; 仅本单位可读 / the audit log of writes, newest first; readable by the department only */
  waterAuditLog: Array<AuditEntry>;
};

/** 查询入口: 文件及其措施、组织保障、省直单位、市(州)和县、指标与规则、考核评估、各单位的写入审计记录; 各部门的数字经 County、Prefecture、Province 上的字段读取 / The entry points for reading: the document, its measures and guarantees, the departments, prefectures and counties, the indicators and rules, the assessment, and each department's audit log; the departments' figures hang off County, Prefecture and Province */
export type QueryCountiesArgs = {
  codes: InputMaybe<Array<Scalars['ID']['input']>>;
  hasTasks: InputMaybe<Scalars['Boolean']['input']>;
  povertyStatus: InputMaybe<PovertyStatus>;
  prefecture: InputMaybe<Scalars['ID']['input']>;
};

/** 查询入口: 文件及其措施、组织保障、省直单位、市(州)和县、指标与规则、考核评估、各单位的写入审计记录; 各部门的数字经 County、Prefecture、Province 上的字段读取 / The entry points for reading: the document, its measures and guarantees, the departments, prefectures and counties, the indicators and rules, the assessment, and each department's audit log; the departments' figures hang off County, Prefecture and Province */
export type QueryCountyArgs = {
  code: Scalars['ID']['input'];
};

/** 查询入口: 文件及其措施、组织保障、省直单位、市(州)和县、指标与规则、考核评估、各单位的写入审计记录; 各部门的数字经 County、Prefecture、Province 上的字段读取 / The entry points for reading: the document, its measures and guarantees, the departments, prefectures and counties, the indicators and rules, the assessment, and each department's audit log; the departments' figures hang off County, Prefecture and Province */
export type QueryDepartmentArgs = {
  id: Scalars['ID']['input'];
};

/** 查询入口: 文件及其措施、组织保障、省直单位、市(州)和县、指标与规则、考核评估、各单位的写入审计记录; 各部门的数字经 County、Prefecture、Province 上的字段读取 / The entry points for reading: the document, its measures and guarantees, the departments, prefectures and counties, the indicators and rules, the assessment, and each department's audit log; the departments' figures hang off County, Prefecture and Province */
export type QueryEducationAuditLogArgs = {
  limit?: Scalars['Int']['input'];
};

/** 查询入口: 文件及其措施、组织保障、省直单位、市(州)和县、指标与规则、考核评估、各单位的写入审计记录; 各部门的数字经 County、Prefecture、Province 上的字段读取 / The entry points for reading: the document, its measures and guarantees, the departments, prefectures and counties, the indicators and rules, the assessment, and each department's audit log; the departments' figures hang off County, Prefecture and Province */
export type QueryFinanceAuditLogArgs = {
  limit?: Scalars['Int']['input'];
};

/** 查询入口: 文件及其措施、组织保障、省直单位、市(州)和县、指标与规则、考核评估、各单位的写入审计记录; 各部门的数字经 County、Prefecture、Province 上的字段读取 / The entry points for reading: the document, its measures and guarantees, the departments, prefectures and counties, the indicators and rules, the assessment, and each department's audit log; the departments' figures hang off County, Prefecture and Province */
export type QueryFinanceInsuranceAuditLogArgs = {
  limit?: Scalars['Int']['input'];
};

/** 查询入口: 文件及其措施、组织保障、省直单位、市(州)和县、指标与规则、考核评估、各单位的写入审计记录; 各部门的数字经 County、Prefecture、Province 上的字段读取 / The entry points for reading: the document, its measures and guarantees, the departments, prefectures and counties, the indicators and rules, the assessment, and each department's audit log; the departments' figures hang off County, Prefecture and Province */
export type QueryHealthAuditLogArgs = {
  limit?: Scalars['Int']['input'];
};

/** 查询入口: 文件及其措施、组织保障、省直单位、市(州)和县、指标与规则、考核评估、各单位的写入审计记录; 各部门的数字经 County、Prefecture、Province 上的字段读取 / The entry points for reading: the document, its measures and guarantees, the departments, prefectures and counties, the indicators and rules, the assessment, and each department's audit log; the departments' figures hang off County, Prefecture and Province */
export type QueryIndicatorArgs = {
  id: Scalars['ID']['input'];
};

/** 查询入口: 文件及其措施、组织保障、省直单位、市(州)和县、指标与规则、考核评估、各单位的写入审计记录; 各部门的数字经 County、Prefecture、Province 上的字段读取 / The entry points for reading: the document, its measures and guarantees, the departments, prefectures and counties, the indicators and rules, the assessment, and each department's audit log; the departments' figures hang off County, Prefecture and Province */
export type QueryIndicatorsArgs = {
  department: InputMaybe<Scalars['ID']['input']>;
  measure: InputMaybe<Scalars['Int']['input']>;
};

/** 查询入口: 文件及其措施、组织保障、省直单位、市(州)和县、指标与规则、考核评估、各单位的写入审计记录; 各部门的数字经 County、Prefecture、Province 上的字段读取 / The entry points for reading: the document, its measures and guarantees, the departments, prefectures and counties, the indicators and rules, the assessment, and each department's audit log; the departments' figures hang off County, Prefecture and Province */
export type QueryMeasureArgs = {
  number: Scalars['Int']['input'];
};

/** 查询入口: 文件及其措施、组织保障、省直单位、市(州)和县、指标与规则、考核评估、各单位的写入审计记录; 各部门的数字经 County、Prefecture、Province 上的字段读取 / The entry points for reading: the document, its measures and guarantees, the departments, prefectures and counties, the indicators and rules, the assessment, and each department's audit log; the departments' figures hang off County, Prefecture and Province */
export type QueryMeasuresArgs = {
  department: InputMaybe<Scalars['ID']['input']>;
  group: InputMaybe<Scalars['ID']['input']>;
};

/** 查询入口: 文件及其措施、组织保障、省直单位、市(州)和县、指标与规则、考核评估、各单位的写入审计记录; 各部门的数字经 County、Prefecture、Province 上的字段读取 / The entry points for reading: the document, its measures and guarantees, the departments, prefectures and counties, the indicators and rules, the assessment, and each department's audit log; the departments' figures hang off County, Prefecture and Province */
export type QueryPrefectureArgs = {
  code: Scalars['ID']['input'];
};

/** 查询入口: 文件及其措施、组织保障、省直单位、市(州)和县、指标与规则、考核评估、各单位的写入审计记录; 各部门的数字经 County、Prefecture、Province 上的字段读取 / The entry points for reading: the document, its measures and guarantees, the departments, prefectures and counties, the indicators and rules, the assessment, and each department's audit log; the departments' figures hang off County, Prefecture and Province */
export type QueryProgressAuditLogArgs = {
  limit?: Scalars['Int']['input'];
};

/** 查询入口: 文件及其措施、组织保障、省直单位、市(州)和县、指标与规则、考核评估、各单位的写入审计记录; 各部门的数字经 County、Prefecture、Province 上的字段读取 / The entry points for reading: the document, its measures and guarantees, the departments, prefectures and counties, the indicators and rules, the assessment, and each department's audit log; the departments' figures hang off County, Prefecture and Province */
export type QueryProvinceAssessmentArgs = {
  year: Scalars['Int']['input'];
};

/** 查询入口: 文件及其措施、组织保障、省直单位、市(州)和县、指标与规则、考核评估、各单位的写入审计记录; 各部门的数字经 County、Prefecture、Province 上的字段读取 / The entry points for reading: the document, its measures and guarantees, the departments, prefectures and counties, the indicators and rules, the assessment, and each department's audit log; the departments' figures hang off County, Prefecture and Province */
export type QueryRulesArgs = {
  department: InputMaybe<Scalars['ID']['input']>;
  measure: InputMaybe<Scalars['Int']['input']>;
};

/** 查询入口: 文件及其措施、组织保障、省直单位、市(州)和县、指标与规则、考核评估、各单位的写入审计记录; 各部门的数字经 County、Prefecture、Province 上的字段读取 / The entry points for reading: the document, its measures and guarantees, the departments, prefectures and counties, the indicators and rules, the assessment, and each department's audit log; the departments' figures hang off County, Prefecture and Province */
export type QueryTransportAuditLogArgs = {
  limit?: Scalars['Int']['input'];
};

/** 查询入口: 文件及其措施、组织保障、省直单位、市(州)和县、指标与规则、考核评估、各单位的写入审计记录; 各部门的数字经 County、Prefecture、Province 上的字段读取 / The entry points for reading: the document, its measures and guarantees, the departments, prefectures and counties, the indicators and rules, the assessment, and each department's audit log; the departments' figures hang off County, Prefecture and Province */
export type QueryWaterAuditLogArgs = {
  limit?: Scalars['Int']['input'];
};

/** 指标在市(州)、全省的汇总方式 / How an indicator rolls up over counties */
export type RollupKind =
  /** 平均 / mean of the counties' values */
  | 'MEAN'
  /** 两项之和的比值(派生指标) / ratio of two sums: a derived indicator, never published */
  | 'RATIO'
  /** 求和 / sum of the counties' values */
  | 'SUM';

/** 文件中的一项量化要求 / A quantitative requirement of the document */
export type Rule = {
  __typename?: 'Rule';
  /** 依据: 文件原文(DOCUMENT)或本项目解读(INTERPRETATION) / on what authority the rule stands */
  basis: RuleBasis;
  /** 依据说明(中文 / 英文): 什么被读作什么, 为什么; 尚未复核的规则为"尚未按原文复核" / what was read how and why; "not yet reviewed against the text" for a rule not yet reviewed */
  basisNote: Scalars['String']['output'];
  /** 是否与上年同一指标比较(只增不减、加大、缩短…) / compared with the same figure the year before (kind *_PREVIOUS_YEAR) */
  comparedWithPreviousYear: Scalars['Boolean']['output'];
  /** 比较方式: 指标值不低于或不高于要求值 / whether the figure must be at least or at most what is required */
  comparison: Comparison;
  /** 要求(依文件原意) / the requirement, in the document's words */
  description: Scalars['String']['output'];
  /** 要求的英文表述 / the requirement in English */
  descriptionEn: Scalars['String']['output'];
  /** 稳定标识, 如 finance.specialBudgetShare */
  id: Scalars['ID']['output'];
  /** 规则所考察的指标 / the indicator the rule reads */
  indicator: Indicator;
  /** 要求什么: 不低于/不高于常数, 高于/不低于/低于/不高于上年, 每个单位都达到, 不低于参照指标 / what the rule requires: see RuleKind */
  kind: RuleKind;
  /** 提出该要求的措施; 文件总体目标的要求为空 / null for the overall targets */
  measure: Maybe<Measure>;
  /** 参照指标(AT_LEAST_REFERENCE: 指标值须不低于其同年值, 单位同指标); 其他规则为空 / the reference figure an AT_LEAST_REFERENCE rule must reach, in the same unit; null for other kinds */
  reference: Maybe<Indicator>;
  /** 固定的要求值(单位同指标; 每个单位都达到时为100%); 与上年或参照指标比较时为空 / constant required value, in the indicator's unit (100 % for EVERY_UNIT); null when compared with the year before or a reference */
  threshold: Maybe<Scalars['Float']['output']>;
  /** 规则所依据的文件原文(中文); 尚未摘录为空 / the document's words the rule rests on; null until quoted */
  words: Maybe<Scalars['String']['output']>;
  /** 文件提出要求的年份(年) / years the requirement applies to */
  years: Array<Scalars['Int']['output']>;
};

/** 规则的依据: 文件原文, 或本项目的解读 / On what authority a rule stands */
export type RuleBasis =
  /** 文件原文写明了比较方式、数值和年份(或文件施行期内每年) / the document states the comparison, the figure and the year (or each year it is in force) */
  | 'DOCUMENT'
  /** 本项目的解读: 把模糊用语(尽快、优先、力求、支持力度…)读作数值、期限或比较对象, 见 basisNote; 尚未复核的规则也归此类 / the project reads a vague word (尽快, 优先, 力求…) as a figure, a deadline or a point of comparison, see basisNote; so is every rule not yet reviewed */
  | 'INTERPRETATION';

/** 规则要求什么, 依文件用语 / What a rule requires, in the terms the document uses */
export type RuleKind =
  /** 不低于一个常数(如"15%""50%以上""不少于10公里") / at least a constant */
  | 'AT_LEAST'
  /** 不低于同年的参照指标(如全省同口径比例, "优先") / at least a reference figure of the same year (a province-wide share, for 优先) */
  | 'AT_LEAST_REFERENCE'
  /** 不高于一个常数(如辍学人数为0) / at most a constant */
  | 'AT_MOST'
  /** 每个单位都达到要求: 达到的单位数 ÷ 须达到的单位数 × 100 = 100(%)("全覆盖""全部""切实保障") / every unit meets the requirement: a share of units of 100 % */
  | 'EVERY_UNIT'
  /** 低于上年同一指标("缩短"), 持平为未达到 / less than the year before: a flat figure is not met */
  | 'LESS_THAN_PREVIOUS_YEAR'
  /** 高于上年同一指标("加大""扩大""增加"), 持平为未达到 / more than the year before: a flat figure is not met */
  | 'MORE_THAN_PREVIOUS_YEAR'
  /** 不低于上年同一指标("只增不减") / not less than the year before */
  | 'NOT_LESS_THAN_PREVIOUS_YEAR'
  /** 不高于上年同一指标 / not more than the year before */
  | 'NOT_MORE_THAN_PREVIOUS_YEAR';

/** 一项规则对某县(或汇总)某年的结果 / A rule evaluated for one place and year */
export type RuleResult = {
  __typename?: 'RuleResult';
  /** 实际值(单位同指标); 未报送为空 / the figure, in the indicator's unit; null when not reported */
  actual: Maybe<Scalars['Float']['output']>;
  /** 差距: 距离达到要求还差多少(单位同指标), 达到为0, 缺数据或不适用为空; 须高于(低于)上年而持平时为0且未达到 / how far from met, in the indicator's unit; 0 when met, null without data or when not applicable; under MORE_THAN / LESS_THAN_PREVIOUS_YEAR a flat figure is NOT_MET with a gap of 0 (it must exceed, or fall below, required) */
  gap: Maybe<Scalars['Float']['output']>;
  /** 原因(中文 / 英文): 不适用的原因, 或缺少的数据; 其他情况为空 / why the rule is NOT_APPLICABLE, or what is missing for NO_DATA; null otherwise */
  reason: Maybe<Scalars['String']['output']>;
  /** 要求值(单位同指标): 固定值, 与上年比较时的上年值, 或参照指标的同年值; 未报送或不适用时为空 / what the rule requires, in the indicator's unit: the constant, last year's figure, or the reference's; null when that was not reported or the rule does not apply */
  required: Maybe<Scalars['Float']['output']>;
  /** 所评价的规则 / the rule evaluated */
  rule: Rule;
  /** 是否用到样例数据: 本规则所读的数字(本年、上年、参照指标、适用条件)中有样例数据时为真 / whether a sample figure went into the result: the year's, the year before's, the reference or a condition's */
  sample: Scalars['Boolean']['output'];
  /** 是否达到 / whether it is met */
  status: RuleStatus;
  /** 年份(年) / year */
  year: Scalars['Int']['output'];
};

/** 规则是否达到 / Whether a rule of the document is met */
export type RuleStatus =
  /** 达到 / met */
  | 'MET'
  /** 不适用: 本规则对该县该年不适用(贫困县、分母为0、适用标志为0), 原因见 reason; 考核不计 / the rule does not apply to this place and year (a poverty county, a zero denominator, a flag that says so), see reason; the assessment counts it neither way */
  | 'NOT_APPLICABLE'
  /** 未达到 / not met */
  | 'NOT_MET'
  /** 缺少数据: 所需数字(含上年数、适用标志)未报送 / a figure it needs is not reported (the year before's, or the flag that says whether it applies, included) */
  | 'NO_DATA';

/** 差距: 一条未达到(或缺数据)的规则, 及产生该数字的部门 / A shortfall: a rule NOT_MET (or NO_DATA), with its figures and the department that produced them */
export type Shortfall = {
  __typename?: 'Shortfall';
  /** 实际值(单位同指标, 见 unit); 未报送为空 / the figure, in unit; null when not reported */
  actual: Maybe<Scalars['Float']['output']>;
  /** 产生该数字的部门(措施牵头单位) / the department the figures come from */
  department: Maybe<Department>;
  /** 差距(单位同指标, 见 unit); 缺数据为空 / how far from met, in unit; null without data */
  gap: Maybe<Scalars['Float']['output']>;
  /** 规则所属的措施 / the measure the rule belongs to */
  measure: Measure;
  /** 要求值(单位同指标, 见 unit); 只增不减而上年未报送时为空 / what the rule requires, in unit; null when it is last year's figure and that was not reported */
  required: Maybe<Scalars['Float']['output']>;
  /** 未达到的规则 / the rule */
  rule: Rule;
  /** NOT_MET, 或 NO_DATA(未报送) / NOT_MET, or NO_DATA (not reported) */
  status: RuleStatus;
  /** 实际值、要求值、差距的单位 / the unit of actual, required and gap */
  unit: Maybe<Unit>;
};

/** 全省非贫困县某年末的总体进度, 对照文件目标(788个存量贫困村出列、65.93万存量贫困人口脱贫) / the province's progress at the end of a year against the document's targets */
export type TargetProgress = {
  __typename?: 'TargetProgress';
  /** 报送了该年数字的县数(个), 按报送县数最多的一项指标计 / counties that reported the year, on the indicator most of them reported */
  countiesReporting: Scalars['Int']['output'];
  /** 已脱贫存量贫困人口(人), 累计 / stock poor people lifted out, cumulative */
  peopleLiftedOut: Maybe<Scalars['Int']['output']>;
  /** 目标完成率(%): 已脱贫 ÷ 659,300 × 100 / share of the target reached */
  peopleLiftedOutShareOfTarget: Maybe<Scalars['Float']['output']>;
  /** 目标: 存量贫困人口(人), 各县存量之和(文件合计65.93万人); 未发布存量时为空 / the target: the counties’ stock poor people summed (659,300 in the document); null where no stock is published */
  peopleTarget: Maybe<Scalars['Int']['output']>;
  /** 是否含样例数据 / SAMPLE figures among them */
  sample: Scalars['Boolean']['output'];
  /** 已出列存量贫困村(个), 累计 / stock poor villages exited, cumulative */
  villagesExited: Maybe<Scalars['Int']['output']>;
  /** 目标完成率(%): 已出列 ÷ 788 × 100 / share of the target reached */
  villagesExitedShareOfTarget: Maybe<Scalars['Float']['output']>;
  /** 目标: 存量贫困村(个), 各县存量之和(文件合计788个); 未发布存量时为空 / the target: the counties’ stock poor villages summed (788 in the document); null where no stock is published */
  villagesTarget: Maybe<Scalars['Int']['output']>;
  /** 年份(年), 截至该年年末 / year: the figures stand at its end */
  year: Scalars['Int']['output'];
};

/** 省交通运输厅数据在市(州)或全省的汇总, 在SQL中计算 / 省交通运输厅's figures rolled up over a prefecture or the province */
export type TransportRollup = {
  __typename?: 'TransportRollup';
  /** 已安排并分解落实的通畅工程"十三五"规划项目(个): 截至年末已安排并分解落实到位的上述规划项目个数(累计) / number of those planned projects arranged and assigned down to the implementing units (分解落实到位) by the end of the year, cumulative. 措施11. 汇总方式 / rolls up as: sum. */
  accessProjectsArranged: Maybe<Scalars['Int']['output']>;
  /** 通畅工程"十三五"规划项目分解落实比例(%) (由其他指标计算 / derived): 已分解落实的项目 ÷ 规划项目 × 100 / projects arranged and assigned as a share of the planned projects. 措施11. 汇总方式 / rolls up as: ratio of sums. */
  accessProjectsArrangedShare: Maybe<Scalars['Float']['output']>;
  /** 乡镇和行政村规模以上自然村通畅工程"十三五"规划项目(个): "十三五"规划中该县乡镇和行政村规模以上自然村的通畅工程项目个数 / number of access-road projects (通畅工程) the 13th five-year plan (2016–2020) lists for the county's townships and for the natural villages above scale of its administrative villages. 措施11. 汇总方式 / rolls up as: sum. */
  accessProjectsPlanned: Maybe<Scalars['Int']['output']>;
  /** 报送了数据的县数(个): 本年报送县数最多的一项指标的县数 / counties reporting: how many counties reported the most-reported indicator this year */
  countiesReporting: Scalars['Int']['output'];
  /** 规模以上自然村(个): 县内行政村所辖规模以上自然村个数(年末) / number of natural villages (自然村) above the province's size threshold in the county's administrative villages, at the end of the year. 措施11. 汇总方式 / rolls up as: sum. */
  naturalVillagesAboveScale: Maybe<Scalars['Int']['output']>;
  /** 通硬化路的规模以上自然村(个): 年末已通硬化路的规模以上自然村个数 / number of those natural villages reached by a hardened (paved) road at the end of the year. 措施11. 汇总方式 / rolls up as: sum. */
  naturalVillagesWithHardenedRoads: Maybe<Scalars['Int']['output']>;
  /** 规模以上自然村通硬化路比例(%) (由其他指标计算 / derived): 通硬化路的规模以上自然村 ÷ 规模以上自然村 × 100 / natural villages above scale reached by a hardened road as a share of all of them. 措施11. 汇总方式 / rolls up as: ratio of sums. */
  naturalVillagesWithHardenedRoadsShare: Maybe<Scalars['Float']['output']>;
  /** 贫困村提档升级工程里程(公里): 当年为贫困村实施的公路提档升级工程里程(公里) / kilometres of road upgraded during the year for the poor villages, all of them together. 措施11. 汇总方式 / rolls up as: sum. */
  poorVillageRoadUpgradeKm: Maybe<Scalars['Float']['output']>;
  /** 贫困村(个): 本厅统计的县内贫困村个数, 即文件所说的存量贫困村(全省非贫困县788个, 出列后仍计入); 县级视图将其与目录的存量贫困村基数比较, 相差超过2%即标出 / the department's own count of the poor villages in the county: the stock poor villages of the document (788 across the non-poverty counties), still counted after they exit. The county's view compares it with the catalog's stock and flags a difference of more than 2 %. 措施11. 汇总方式 / rolls up as: sum. */
  poorVillages: Maybe<Scalars['Int']['output']>;
  /** 当年实施提档升级不少于1公里的贫困村(个): 上述贫困村中当年实施公路提档升级工程不少于1公里的个数 / number of those poor villages for which at least 1 km of road was upgraded during the year, each village counted on its own km. 措施11. 汇总方式 / rolls up as: sum. */
  poorVillagesUpgraded1Km: Maybe<Scalars['Int']['output']>;
  /** 贫困村提档升级不少于1公里比例(%) (由其他指标计算 / derived): 当年提档升级不少于1公里的贫困村 ÷ 贫困村 × 100 / poor villages that got at least 1 km of upgrades in the year as a share of all poor villages. 措施11. 汇总方式 / rolls up as: ratio of sums. */
  poorVillagesUpgraded1KmShare: Maybe<Scalars['Float']['output']>;
  /** 每个贫困村提档升级里程(公里) (由其他指标计算 / derived): 贫困村提档升级里程 ÷ 贫困村个数, 仅供参考(规则按每个贫困村考察) / km upgraded for the poor villages divided by their number: the average a poor village received in the year, for context (the rule counts each village). 措施11. 汇总方式 / rolls up as: ratio of sums. */
  roadUpgradeKmPerPoorVillage: Maybe<Scalars['Float']['output']>;
  /** 每个有扶贫任务的乡镇提档升级里程(公里) (由其他指标计算 / derived): 乡镇提档升级里程 ÷ 有扶贫任务的乡镇个数, 仅供参考(规则按每个乡镇考察) / km upgraded for the townships with tasks divided by their number: the average a township received in the year, for context (the rule counts each township). 措施11. 汇总方式 / rolls up as: ratio of sums. */
  roadUpgradeKmPerTownship: Maybe<Scalars['Float']['output']>;
  /** 文件各项规则的结果 / the rules of the document, evaluated */
  rules: Array<RuleResult>;
  /** 所示数值中是否含样例数据 / true when any figure shown is SAMPLE data, not published */
  sample: Scalars['Boolean']['output'];
  /** 4A级以上景区(个): 县内4A级及5A级旅游景区个数(年末) / number of tourist attractions rated 4A or 5A in the county, at the end of the year. 措施11. 汇总方式 / rolls up as: sum. */
  scenicSpots4APlus: Maybe<Scalars['Int']['output']>;
  /** 通二级及以上公路的4A级以上景区(个): 年末已通二级及以上公路的4A级以上景区个数 / number of those scenic spots reached by a class-II or better road at the end of the year. 措施11. 汇总方式 / rolls up as: sum. */
  scenicSpots4APlusOnClassTwoRoads: Maybe<Scalars['Int']['output']>;
  /** 4A级以上景区通二级及以上公路比例(%) (由其他指标计算 / derived): 通二级及以上公路的4A级以上景区 ÷ 4A级以上景区 × 100, 仅作进度展示(文件只要求加快推进, 不设规则) / 4A-or-above scenic spots reached by a class-II or better road as a share of all of them: progress only, since the document asks to speed the building up and sets no share or year, so no rule reads it. 措施11. 汇总方式 / rolls up as: ratio of sums. */
  scenicSpots4APlusOnClassTwoRoadsShare: Maybe<Scalars['Float']['output']>;
  /** 有扶贫任务的乡镇提档升级工程里程(公里): 当年为有扶贫任务的乡镇实施的公路提档升级工程里程(公里) / kilometres of road upgraded (提档升级) during the year for the townships with tasks, all of them together. 措施11. 汇总方式 / rolls up as: sum. */
  townshipRoadUpgradeKm: Maybe<Scalars['Float']['output']>;
  /** 通二级公路的有扶贫任务的乡镇(个): 年末已通二级(及以上)公路的有扶贫任务的乡镇个数 / number of townships with tasks whose seat is reached by a class-II (二级) or better road at the end of the year. 措施11. 汇总方式 / rolls up as: sum. */
  townshipsOnClassTwoRoads: Maybe<Scalars['Int']['output']>;
  /** 有扶贫任务的乡镇通二级公路比例(%) (由其他指标计算 / derived): 通二级公路的有扶贫任务的乡镇 ÷ 有扶贫任务的乡镇 × 100 / townships with tasks reached by a class-II road as a share of all townships with tasks. 措施11. 汇总方式 / rolls up as: ratio of sums. */
  townshipsOnClassTwoRoadsShare: Maybe<Scalars['Float']['output']>;
  /** 有扶贫任务的乡镇提档升级不少于10公里比例(%) (由其他指标计算 / derived): 当年提档升级不少于10公里的有扶贫任务的乡镇 ÷ 有扶贫任务的乡镇 × 100 / townships with tasks that got at least 10 km of upgrades in the year as a share of all townships with tasks. 措施11. 汇总方式 / rolls up as: ratio of sums. */
  townshipsUpgraded10KmShare: Maybe<Scalars['Float']['output']>;
  /** 有扶贫任务的乡镇(个): 县内有扶贫任务的乡镇个数(年末) / number of townships (乡镇) in the county that carry poverty-alleviation tasks, at the end of the year. 措施11. 汇总方式 / rolls up as: sum. */
  townshipsWithTasks: Maybe<Scalars['Int']['output']>;
  /** 当年实施提档升级不少于10公里的有扶贫任务的乡镇(个): 当年实施公路提档升级工程不少于10公里的有扶贫任务的乡镇个数 / number of townships with tasks for which at least 10 km of road were upgraded (提档升级) during the year, each township counted on its own km. 措施11. 汇总方式 / rolls up as: sum. */
  townshipsWithTasksUpgraded10Km: Maybe<Scalars['Int']['output']>;
  /** 年份(年), 2018–2020 / the plan year of the figures */
  year: Scalars['Int']['output'];
};

/** 计量单位 / Unit of an indicator */
export type Unit =
  /** 个 / count (villages, schools, projects…) */
  | 'COUNT'
  /** 天 / days */
  | 'DAYS'
  /** 公里 / kilometres */
  | 'KM'
  /** % 百分比 / per cent */
  | 'PERCENT'
  /** 人 / persons */
  | 'PERSONS'
  /** 万元 (10,000 yuan) */
  | 'WAN_YUAN'
  /** 元 / yuan */
  | 'YUAN';

/** 省水利厅数据在市(州)或全省的汇总, 在SQL中计算 / 省水利厅's figures rolled up over a prefecture or the province */
export type WaterRollup = {
  __typename?: 'WaterRollup';
  /** 报送了数据的县数(个): 本年报送县数最多的一项指标的县数 / counties reporting: how many counties reported the most-reported indicator this year */
  countiesReporting: Scalars['Int']['output'];
  /** 已下达的建档立卡贫困人口饮水安全投资(万元): 截至年末已下达该县的上述饮水安全投资(万元, "十三五"以来累计) / of that planned investment, the amount (万元) issued (下达) to the county from 2016 to the end of the year, cumulative. 措施12. 汇总方式 / rolls up as: sum. */
  drinkingWaterInvestmentIssued: Maybe<Scalars['Float']['output']>;
  /** 建档立卡贫困人口饮水安全投资下达比例(%) (由其他指标计算 / derived): 已下达的饮水安全投资 ÷ "十三五"规划内饮水安全投资 × 100 / investment issued so far as a share of the investment the plan sets for all registered poor people. 措施12. 汇总方式 / rolls up as: ratio of sums. */
  drinkingWaterInvestmentIssuedShare: Maybe<Scalars['Float']['output']>;
  /** "十三五"规划内全部建档立卡贫困人口的饮水安全投资(万元): "十三五"规划(2016—2020年)为该县全部建档立卡贫困人口饮水安全安排的投资总额(万元), 各年相同 / total investment (万元) the 13th five-year plan (2016–2020) sets for making the drinking water of all the county's registered poor people safe; the same in every year. 措施12. 汇总方式 / rolls up as: sum. */
  drinkingWaterInvestmentPlanned: Maybe<Scalars['Float']['output']>;
  /** 符合国家投资政策的水利基础设施项目(个): 年末县内符合国家投资政策的水利基础设施项目个数 / number of the county's water-infrastructure projects (水利基础设施项目) that meet national investment policy, at the end of the year. 措施12. 汇总方式 / rolls up as: sum. */
  eligibleProjects: Maybe<Scalars['Int']['output']>;
  /** 纳入专项规划的符合国家投资政策的水利基础设施项目(个): 上述项目中年末已纳入专项规划的个数(累计) / number of those eligible projects included in a special plan (专项规划) by the end of the year, cumulative. 措施12. 汇总方式 / rolls up as: sum. */
  eligibleProjectsInSpecialPlans: Maybe<Scalars['Int']['output']>;
  /** 符合国家投资政策的水利基础设施项目纳入专项规划比例(%) (由其他指标计算 / derived): 纳入专项规划的项目 ÷ 符合国家投资政策的项目 × 100 / eligible projects included in a special plan as a share of all eligible projects. 措施12. 汇总方式 / rolls up as: ratio of sums. */
  eligibleProjectsInSpecialPlansShare: Maybe<Scalars['Float']['output']>;
  /** 全省符合国家投资政策的水利基础设施项目纳入专项规划比例(%): 全省(含贫困县)同口径的纳入比例: 年末已纳入专项规划的符合国家投资政策的水利基础设施项目 ÷ 全省此类项目 × 100, 每县同一年数值相同, 为本县比例的参照 / the same share for the whole province, poverty counties included: eligible projects included in a special plan by the end of the year as a share of all of them. The same for every county in a year; the figure a county's share is compared with. 措施12. 汇总方式 / rolls up as: mean. */
  provinceEligibleProjectsInSpecialPlansShare: Maybe<Scalars['Float']['output']>;
  /** "十三五"规划内建档立卡贫困人口(人): "十三五"农村饮水安全规划覆盖的本县建档立卡贫困人口数, 各年相同; 含2018年以前已脱贫者, 故多于文件所说的存量贫困人口(65.93万), 不是同一基数 / registered poor people (建档立卡贫困人口) of the county that the 13th five-year plan (2016–2020) for rural drinking water covers, the same in every year. It includes people lifted out of poverty before 2018, so it is larger than the stock poor population of the document (659,300 across the non-poverty counties) and is not that baseline. 措施12. 汇总方式 / rolls up as: sum. */
  registeredPoorPopulation: Maybe<Scalars['Int']['output']>;
  /** 饮水安全有保障的建档立卡贫困人口(人): 年末饮水安全已有保障的建档立卡贫困人口数 / number of those registered poor people whose drinking water is safe (饮水安全, by the rural drinking-water safety standard) at the end of the year. 措施12. 汇总方式 / rolls up as: sum. */
  registeredPoorWithSafeDrinkingWater: Maybe<Scalars['Int']['output']>;
  /** 文件各项规则的结果 / the rules of the document, evaluated */
  rules: Array<RuleResult>;
  /** 当年下达的农村饮水安全投资(万元): 当年下达本县的农村饮水安全投资(万元, 仅当年, 不累计), 含建档立卡贫困人口饮水安全投资及其他农村饮水安全巩固提升投资 / rural drinking-water safety investment (万元) issued to the county during the year, that year only: for all rural drinking water, the investment for registered poor people included. 措施12. 汇总方式 / rolls up as: sum. */
  ruralDrinkingWaterInvestmentInYear: Maybe<Scalars['Float']['output']>;
  /** 建档立卡贫困人口饮水安全保障比例(%) (由其他指标计算 / derived): 饮水安全有保障的建档立卡贫困人口 ÷ "十三五"规划内建档立卡贫困人口 × 100, 仅作进度展示(措施12未要求此比例, 不设规则) / registered poor people with safe drinking water as a share of the plan's registered poor people: progress only, since measure 12 sets no such share and no rule reads it. 措施12. 汇总方式 / rolls up as: ratio of sums. */
  safeDrinkingWaterShare: Maybe<Scalars['Float']['output']>;
  /** 所示数值中是否含样例数据 / true when any figure shown is SAMPLE data, not published */
  sample: Scalars['Boolean']['output'];
  /** 纳入专项规划的水利基础设施项目安排投资(万元): 当年为该县纳入专项规划的水利基础设施项目安排的投资(万元, 仅当年) / investment (万元) arranged (安排投资) during the year for the county's water-infrastructure projects included in special plans; that year only, not cumulative. 措施12. 汇总方式 / rolls up as: sum. */
  specialPlanProjectInvestmentArranged: Maybe<Scalars['Float']['output']>;
  /** 年份(年), 2018–2020 / the plan year of the figures */
  year: Scalars['Int']['output'];
};

export type CountyFinanceFiguresFragment = {
  __typename?: 'CountyFinance';
  year: number;
  sample: boolean;
  fiscalRevenueIncrement: number | null;
  specialBudgetAdded: number | null;
  specialBudgetShare: number | null;
  stockFundsRecovered: number | null;
  stockFundsForPrecisePoverty: number | null;
  stockFundsPrecisePovertyShare: number | null;
  budgetExpenditure: number | null;
  residentPopulation: number | null;
  budgetExpenditurePerCapita: number | null;
  provincialBudgetExpenditurePerCapita: number | null;
  majorGrainOrPopulousCounty: number | null;
  transferPayment: number | null;
  pvProjectsListed: number | null;
  pvProjectsSubsidised: number | null;
  pvProjectsSubsidisedShare: number | null;
  pvSubsidy: number | null;
  allocationPoorPopulationWeight: number | null;
  specialFundsAllocated: number | null;
  allocationPoorPopulation: number | null;
  specialFundsPerPoorPerson: number | null;
  specialFundsShareOfProvince: number | null;
  poorPopulationShareOfProvince: number | null;
  fundsToPoorPopulationShareRatio: number | null;
  observations: Array<{
    __typename?: 'Observation';
    year: number;
    value: number;
    revision: number;
    publishedBy: string;
    publishedAt: string;
    sample: boolean;
    indicator: { __typename?: 'Indicator'; id: string };
  }>;
  rules: Array<{
    __typename?: 'RuleResult';
    status: RuleStatus;
    actual: number | null;
    required: number | null;
    gap: number | null;
    reason: string | null;
    sample: boolean;
    rule: {
      __typename?: 'Rule';
      id: string;
      description: string;
      comparison: Comparison;
      threshold: number | null;
      comparedWithPreviousYear: boolean;
      kind: RuleKind;
      basis: RuleBasis;
      basisNote: string;
      words: string | null;
      indicator: { __typename?: 'Indicator'; id: string; unit: Unit };
      measure: { __typename?: 'Measure'; number: number } | null;
    };
  }>;
};

export type CountyTransportFiguresFragment = {
  __typename?: 'CountyTransport';
  year: number;
  sample: boolean;
  townshipsWithTasks: number | null;
  townshipsWithTasksUpgraded10Km: number | null;
  townshipsUpgraded10KmShare: number | null;
  townshipRoadUpgradeKm: number | null;
  poorVillages: number | null;
  poorVillagesUpgraded1Km: number | null;
  poorVillagesUpgraded1KmShare: number | null;
  poorVillageRoadUpgradeKm: number | null;
  roadUpgradeKmPerTownship: number | null;
  roadUpgradeKmPerPoorVillage: number | null;
  accessProjectsPlanned: number | null;
  accessProjectsArranged: number | null;
  accessProjectsArrangedShare: number | null;
  townshipsOnClassTwoRoads: number | null;
  townshipsOnClassTwoRoadsShare: number | null;
  naturalVillagesAboveScale: number | null;
  naturalVillagesWithHardenedRoads: number | null;
  naturalVillagesWithHardenedRoadsShare: number | null;
  scenicSpots4APlus: number | null;
  scenicSpots4APlusOnClassTwoRoads: number | null;
  scenicSpots4APlusOnClassTwoRoadsShare: number | null;
  observations: Array<{
    __typename?: 'Observation';
    year: number;
    value: number;
    revision: number;
    publishedBy: string;
    publishedAt: string;
    sample: boolean;
    indicator: { __typename?: 'Indicator'; id: string };
  }>;
  baselineChecks: Array<{
    __typename?: 'BaselineCheck';
    baseline: string;
    value: number | null;
    stock: number | null;
    difference: number | null;
    tolerance: number;
    withinTolerance: boolean | null;
    indicator: { __typename?: 'Indicator'; id: string };
  }>;
  rules: Array<{
    __typename?: 'RuleResult';
    status: RuleStatus;
    actual: number | null;
    required: number | null;
    gap: number | null;
    reason: string | null;
    sample: boolean;
    rule: {
      __typename?: 'Rule';
      id: string;
      description: string;
      comparison: Comparison;
      threshold: number | null;
      comparedWithPreviousYear: boolean;
      kind: RuleKind;
      basis: RuleBasis;
      basisNote: string;
      words: string | null;
      indicator: { __typename?: 'Indicator'; id: string; unit: Unit };
      measure: { __typename?: 'Measure'; number: number } | null;
    };
  }>;
};

export type CountyWaterFiguresFragment = {
  __typename?: 'CountyWater';
  year: number;
  sample: boolean;
  ruralDrinkingWaterInvestmentInYear: number | null;
  registeredPoorPopulation: number | null;
  registeredPoorWithSafeDrinkingWater: number | null;
  safeDrinkingWaterShare: number | null;
  drinkingWaterInvestmentPlanned: number | null;
  drinkingWaterInvestmentIssued: number | null;
  drinkingWaterInvestmentIssuedShare: number | null;
  eligibleProjects: number | null;
  eligibleProjectsInSpecialPlans: number | null;
  eligibleProjectsInSpecialPlansShare: number | null;
  provinceEligibleProjectsInSpecialPlansShare: number | null;
  specialPlanProjectInvestmentArranged: number | null;
  observations: Array<{
    __typename?: 'Observation';
    year: number;
    value: number;
    revision: number;
    publishedBy: string;
    publishedAt: string;
    sample: boolean;
    indicator: { __typename?: 'Indicator'; id: string };
  }>;
  rules: Array<{
    __typename?: 'RuleResult';
    status: RuleStatus;
    actual: number | null;
    required: number | null;
    gap: number | null;
    reason: string | null;
    sample: boolean;
    rule: {
      __typename?: 'Rule';
      id: string;
      description: string;
      comparison: Comparison;
      threshold: number | null;
      comparedWithPreviousYear: boolean;
      kind: RuleKind;
      basis: RuleBasis;
      basisNote: string;
      words: string | null;
      indicator: { __typename?: 'Indicator'; id: string; unit: Unit };
      measure: { __typename?: 'Measure'; number: number } | null;
    };
  }>;
};

export type CountyEducationFiguresFragment = {
  __typename?: 'CountyEducation';
  year: number;
  sample: boolean;
  smallRuralSchoolsPlanned: number | null;
  smallRuralSchoolsBuilt: number | null;
  smallRuralSchoolsBuiltShare: number | null;
  boardingSchoolsPlanned: number | null;
  boardingSchoolsBuilt: number | null;
  boardingSchoolsBuiltShare: number | null;
  schoolConstructionFunds: number | null;
  poorFamilyStudents: number | null;
  poorFamilyStudentsSupported: number | null;
  poorFamilyStudentsSupportedShare: number | null;
  poorFamilyStudentAid: number | null;
  poorFamilyCompulsoryStudents: number | null;
  poorFamilyCompulsoryDropouts: number | null;
  poorFamilyCompulsoryDropoutRate: number | null;
  nutritionPilotCounty: number | null;
  nutritionPilotStudents: number | null;
  nutritionAwardApproved: number | null;
  nutritionAwardAllocated: number | null;
  nutritionAwardAllocatedShare: number | null;
  observations: Array<{
    __typename?: 'Observation';
    year: number;
    value: number;
    revision: number;
    publishedBy: string;
    publishedAt: string;
    sample: boolean;
    indicator: { __typename?: 'Indicator'; id: string };
  }>;
  rules: Array<{
    __typename?: 'RuleResult';
    status: RuleStatus;
    actual: number | null;
    required: number | null;
    gap: number | null;
    reason: string | null;
    sample: boolean;
    rule: {
      __typename?: 'Rule';
      id: string;
      description: string;
      comparison: Comparison;
      threshold: number | null;
      comparedWithPreviousYear: boolean;
      kind: RuleKind;
      basis: RuleBasis;
      basisNote: string;
      words: string | null;
      indicator: { __typename?: 'Indicator'; id: string; unit: Unit };
      measure: { __typename?: 'Measure'; number: number } | null;
    };
  }>;
};

export type CountyHealthFiguresFragment = {
  __typename?: 'CountyHealth';
  year: number;
  sample: boolean;
  townships: number | null;
  townshipsWithStandardHealthCentre: number | null;
  townshipHealthCentreCoverage: number | null;
  administrativeVillages: number | null;
  villagesWithStandardClinic: number | null;
  villageClinicCoverage: number | null;
  medicalAssistanceFunds: number | null;
  stockPoorPopulation: number | null;
  medicalAssistanceFundsPerStockPoorPerson: number | null;
  observations: Array<{
    __typename?: 'Observation';
    year: number;
    value: number;
    revision: number;
    publishedBy: string;
    publishedAt: string;
    sample: boolean;
    indicator: { __typename?: 'Indicator'; id: string };
  }>;
  baselineChecks: Array<{
    __typename?: 'BaselineCheck';
    baseline: string;
    value: number | null;
    stock: number | null;
    difference: number | null;
    tolerance: number;
    withinTolerance: boolean | null;
    indicator: { __typename?: 'Indicator'; id: string };
  }>;
  rules: Array<{
    __typename?: 'RuleResult';
    status: RuleStatus;
    actual: number | null;
    required: number | null;
    gap: number | null;
    reason: string | null;
    sample: boolean;
    rule: {
      __typename?: 'Rule';
      id: string;
      description: string;
      comparison: Comparison;
      threshold: number | null;
      comparedWithPreviousYear: boolean;
      kind: RuleKind;
      basis: RuleBasis;
      basisNote: string;
      words: string | null;
      indicator: { __typename?: 'Indicator'; id: string; unit: Unit };
      measure: { __typename?: 'Measure'; number: number } | null;
    };
  }>;
};

export type CountyFinanceInsuranceFiguresFragment = {
  __typename?: 'CountyFinanceInsurance';
  year: number;
  sample: boolean;
  relendingRediscountDemand: number | null;
  relendingRediscountGranted: number | null;
  relendingRediscountDemandMetShare: number | null;
  provinceRelendingRediscountDemandMetShare: number | null;
  countyLoansIssued: number | null;
  poorHouseholdsWithCreditDemand: number | null;
  poorHouseholdsGrantedCredit: number | null;
  poorHouseholdCreditDemandMetShare: number | null;
  poorHouseholdLoansIssued: number | null;
  poorHouseholdLoanBalance: number | null;
  poorHouseholdLoanApprovalDaysTotal: number | null;
  poorHouseholdLoansCount: number | null;
  poorHouseholdLoanApprovalDays: number | null;
  specialAgriculturalInsuranceProducts: number | null;
  agriculturalInsuranceInsurableHouseholds: number | null;
  agriculturalInsuranceInsuredHouseholds: number | null;
  agriculturalInsuranceCoverageShare: number | null;
  registeredPoorHouseholds: number | null;
  fupinbaoInsuredHouseholds: number | null;
  fupinbaoCoverageShare: number | null;
  fupinbaoClaimsPaid: number | null;
  observations: Array<{
    __typename?: 'Observation';
    year: number;
    value: number;
    revision: number;
    publishedBy: string;
    publishedAt: string;
    sample: boolean;
    indicator: { __typename?: 'Indicator'; id: string };
  }>;
  rules: Array<{
    __typename?: 'RuleResult';
    status: RuleStatus;
    actual: number | null;
    required: number | null;
    gap: number | null;
    reason: string | null;
    sample: boolean;
    rule: {
      __typename?: 'Rule';
      id: string;
      description: string;
      comparison: Comparison;
      threshold: number | null;
      comparedWithPreviousYear: boolean;
      kind: RuleKind;
      basis: RuleBasis;
      basisNote: string;
      words: string | null;
      indicator: { __typename?: 'Indicator'; id: string; unit: Unit };
      measure: { __typename?: 'Measure'; number: number } | null;
    };
  }>;
};

export type CountyDepartmentFiguresFragment = {
  __typename?: 'County';
  finance: {
    __typename?: 'CountyFinance';
    year: number;
    sample: boolean;
    fiscalRevenueIncrement: number | null;
    specialBudgetAdded: number | null;
    specialBudgetShare: number | null;
    stockFundsRecovered: number | null;
    stockFundsForPrecisePoverty: number | null;
    stockFundsPrecisePovertyShare: number | null;
    budgetExpenditure: number | null;
    residentPopulation: number | null;
    budgetExpenditurePerCapita: number | null;
    provincialBudgetExpenditurePerCapita: number | null;
    majorGrainOrPopulousCounty: number | null;
    transferPayment: number | null;
    pvProjectsListed: number | null;
    pvProjectsSubsidised: number | null;
    pvProjectsSubsidisedShare: number | null;
    pvSubsidy: number | null;
    allocationPoorPopulationWeight: number | null;
    specialFundsAllocated: number | null;
    allocationPoorPopulation: number | null;
    specialFundsPerPoorPerson: number | null;
    specialFundsShareOfProvince: number | null;
    poorPopulationShareOfProvince: number | null;
    fundsToPoorPopulationShareRatio: number | null;
    observations: Array<{
      __typename?: 'Observation';
      year: number;
      value: number;
      revision: number;
      publishedBy: string;
      publishedAt: string;
      sample: boolean;
      indicator: { __typename?: 'Indicator'; id: string };
    }>;
    rules: Array<{
      __typename?: 'RuleResult';
      status: RuleStatus;
      actual: number | null;
      required: number | null;
      gap: number | null;
      reason: string | null;
      sample: boolean;
      rule: {
        __typename?: 'Rule';
        id: string;
        description: string;
        comparison: Comparison;
        threshold: number | null;
        comparedWithPreviousYear: boolean;
        kind: RuleKind;
        basis: RuleBasis;
        basisNote: string;
        words: string | null;
        indicator: { __typename?: 'Indicator'; id: string; unit: Unit };
        measure: { __typename?: 'Measure'; number: number } | null;
      };
    }>;
  } | null;
  transport: {
    __typename?: 'CountyTransport';
    year: number;
    sample: boolean;
    townshipsWithTasks: number | null;
    townshipsWithTasksUpgraded10Km: number | null;
    townshipsUpgraded10KmShare: number | null;
    townshipRoadUpgradeKm: number | null;
    poorVillages: number | null;
    poorVillagesUpgraded1Km: number | null;
    poorVillagesUpgraded1KmShare: number | null;
    poorVillageRoadUpgradeKm: number | null;
    roadUpgradeKmPerTownship: number | null;
    roadUpgradeKmPerPoorVillage: number | null;
    accessProjectsPlanned: number | null;
    accessProjectsArranged: number | null;
    accessProjectsArrangedShare: number | null;
    townshipsOnClassTwoRoads: number | null;
    townshipsOnClassTwoRoadsShare: number | null;
    naturalVillagesAboveScale: number | null;
    naturalVillagesWithHardenedRoads: number | null;
    naturalVillagesWithHardenedRoadsShare: number | null;
    scenicSpots4APlus: number | null;
    scenicSpots4APlusOnClassTwoRoads: number | null;
    scenicSpots4APlusOnClassTwoRoadsShare: number | null;
    observations: Array<{
      __typename?: 'Observation';
      year: number;
      value: number;
      revision: number;
      publishedBy: string;
      publishedAt: string;
      sample: boolean;
      indicator: { __typename?: 'Indicator'; id: string };
    }>;
    baselineChecks: Array<{
      __typename?: 'BaselineCheck';
      baseline: string;
      value: number | null;
      stock: number | null;
      difference: number | null;
      tolerance: number;
      withinTolerance: boolean | null;
      indicator: { __typename?: 'Indicator'; id: string };
    }>;
    rules: Array<{
      __typename?: 'RuleResult';
      status: RuleStatus;
      actual: number | null;
      required: number | null;
      gap: number | null;
      reason: string | null;
      sample: boolean;
      rule: {
        __typename?: 'Rule';
        id: string;
        description: string;
        comparison: Comparison;
        threshold: number | null;
        comparedWithPreviousYear: boolean;
        kind: RuleKind;
        basis: RuleBasis;
        basisNote: string;
        words: string | null;
        indicator: { __typename?: 'Indicator'; id: string; unit: Unit };
        measure: { __typename?: 'Measure'; number: number } | null;
      };
    }>;
  } | null;
  water: {
    __typename?: 'CountyWater';
    year: number;
    sample: boolean;
    ruralDrinkingWaterInvestmentInYear: number | null;
    registeredPoorPopulation: number | null;
    registeredPoorWithSafeDrinkingWater: number | null;
    safeDrinkingWaterShare: number | null;
    drinkingWaterInvestmentPlanned: number | null;
    drinkingWaterInvestmentIssued: number | null;
    drinkingWaterInvestmentIssuedShare: number | null;
    eligibleProjects: number | null;
    eligibleProjectsInSpecialPlans: number | null;
    eligibleProjectsInSpecialPlansShare: number | null;
    provinceEligibleProjectsInSpecialPlansShare: number | null;
    specialPlanProjectInvestmentArranged: number | null;
    observations: Array<{
      __typename?: 'Observation';
      year: number;
      value: number;
      revision: number;
      publishedBy: string;
      publishedAt: string;
      sample: boolean;
      indicator: { __typename?: 'Indicator'; id: string };
    }>;
    rules: Array<{
      __typename?: 'RuleResult';
      status: RuleStatus;
      actual: number | null;
      required: number | null;
      gap: number | null;
      reason: string | null;
      sample: boolean;
      rule: {
        __typename?: 'Rule';
        id: string;
        description: string;
        comparison: Comparison;
        threshold: number | null;
        comparedWithPreviousYear: boolean;
        kind: RuleKind;
        basis: RuleBasis;
        basisNote: string;
        words: string | null;
        indicator: { __typename?: 'Indicator'; id: string; unit: Unit };
        measure: { __typename?: 'Measure'; number: number } | null;
      };
    }>;
  } | null;
  education: {
    __typename?: 'CountyEducation';
    year: number;
    sample: boolean;
    smallRuralSchoolsPlanned: number | null;
    smallRuralSchoolsBuilt: number | null;
    smallRuralSchoolsBuiltShare: number | null;
    boardingSchoolsPlanned: number | null;
    boardingSchoolsBuilt: number | null;
    boardingSchoolsBuiltShare: number | null;
    schoolConstructionFunds: number | null;
    poorFamilyStudents: number | null;
    poorFamilyStudentsSupported: number | null;
    poorFamilyStudentsSupportedShare: number | null;
    poorFamilyStudentAid: number | null;
    poorFamilyCompulsoryStudents: number | null;
    poorFamilyCompulsoryDropouts: number | null;
    poorFamilyCompulsoryDropoutRate: number | null;
    nutritionPilotCounty: number | null;
    nutritionPilotStudents: number | null;
    nutritionAwardApproved: number | null;
    nutritionAwardAllocated: number | null;
    nutritionAwardAllocatedShare: number | null;
    observations: Array<{
      __typename?: 'Observation';
      year: number;
      value: number;
      revision: number;
      publishedBy: string;
      publishedAt: string;
      sample: boolean;
      indicator: { __typename?: 'Indicator'; id: string };
    }>;
    rules: Array<{
      __typename?: 'RuleResult';
      status: RuleStatus;
      actual: number | null;
      required: number | null;
      gap: number | null;
      reason: string | null;
      sample: boolean;
      rule: {
        __typename?: 'Rule';
        id: string;
        description: string;
        comparison: Comparison;
        threshold: number | null;
        comparedWithPreviousYear: boolean;
        kind: RuleKind;
        basis: RuleBasis;
        basisNote: string;
        words: string | null;
        indicator: { __typename?: 'Indicator'; id: string; unit: Unit };
        measure: { __typename?: 'Measure'; number: number } | null;
      };
    }>;
  } | null;
  health: {
    __typename?: 'CountyHealth';
    year: number;
    sample: boolean;
    townships: number | null;
    townshipsWithStandardHealthCentre: number | null;
    townshipHealthCentreCoverage: number | null;
    administrativeVillages: number | null;
    villagesWithStandardClinic: number | null;
    villageClinicCoverage: number | null;
    medicalAssistanceFunds: number | null;
    stockPoorPopulation: number | null;
    medicalAssistanceFundsPerStockPoorPerson: number | null;
    observations: Array<{
      __typename?: 'Observation';
      year: number;
      value: number;
      revision: number;
      publishedBy: string;
      publishedAt: string;
      sample: boolean;
      indicator: { __typename?: 'Indicator'; id: string };
    }>;
    baselineChecks: Array<{
      __typename?: 'BaselineCheck';
      baseline: string;
      value: number | null;
      stock: number | null;
      difference: number | null;
      tolerance: number;
      withinTolerance: boolean | null;
      indicator: { __typename?: 'Indicator'; id: string };
    }>;
    rules: Array<{
      __typename?: 'RuleResult';
      status: RuleStatus;
      actual: number | null;
      required: number | null;
      gap: number | null;
      reason: string | null;
      sample: boolean;
      rule: {
        __typename?: 'Rule';
        id: string;
        description: string;
        comparison: Comparison;
        threshold: number | null;
        comparedWithPreviousYear: boolean;
        kind: RuleKind;
        basis: RuleBasis;
        basisNote: string;
        words: string | null;
        indicator: { __typename?: 'Indicator'; id: string; unit: Unit };
        measure: { __typename?: 'Measure'; number: number } | null;
      };
    }>;
  } | null;
  financeInsurance: {
    __typename?: 'CountyFinanceInsurance';
    year: number;
    sample: boolean;
    relendingRediscountDemand: number | null;
    relendingRediscountGranted: number | null;
    relendingRediscountDemandMetShare: number | null;
    provinceRelendingRediscountDemandMetShare: number | null;
    countyLoansIssued: number | null;
    poorHouseholdsWithCreditDemand: number | null;
    poorHouseholdsGrantedCredit: number | null;
    poorHouseholdCreditDemandMetShare: number | null;
    poorHouseholdLoansIssued: number | null;
    poorHouseholdLoanBalance: number | null;
    poorHouseholdLoanApprovalDaysTotal: number | null;
    poorHouseholdLoansCount: number | null;
    poorHouseholdLoanApprovalDays: number | null;
    specialAgriculturalInsuranceProducts: number | null;
    agriculturalInsuranceInsurableHouseholds: number | null;
    agriculturalInsuranceInsuredHouseholds: number | null;
    agriculturalInsuranceCoverageShare: number | null;
    registeredPoorHouseholds: number | null;
    fupinbaoInsuredHouseholds: number | null;
    fupinbaoCoverageShare: number | null;
    fupinbaoClaimsPaid: number | null;
    observations: Array<{
      __typename?: 'Observation';
      year: number;
      value: number;
      revision: number;
      publishedBy: string;
      publishedAt: string;
      sample: boolean;
      indicator: { __typename?: 'Indicator'; id: string };
    }>;
    rules: Array<{
      __typename?: 'RuleResult';
      status: RuleStatus;
      actual: number | null;
      required: number | null;
      gap: number | null;
      reason: string | null;
      sample: boolean;
      rule: {
        __typename?: 'Rule';
        id: string;
        description: string;
        comparison: Comparison;
        threshold: number | null;
        comparedWithPreviousYear: boolean;
        kind: RuleKind;
        basis: RuleBasis;
        basisNote: string;
        words: string | null;
        indicator: { __typename?: 'Indicator'; id: string; unit: Unit };
        measure: { __typename?: 'Measure'; number: number } | null;
      };
    }>;
  } | null;
};

export type ProvinceDepartmentSamplesFragment = {
  __typename?: 'Province';
  finance: { __typename?: 'FinanceRollup'; sample: boolean } | null;
  transport: { __typename?: 'TransportRollup'; sample: boolean } | null;
  water: { __typename?: 'WaterRollup'; sample: boolean } | null;
  education: { __typename?: 'EducationRollup'; sample: boolean } | null;
  health: { __typename?: 'HealthRollup'; sample: boolean } | null;
  financeInsurance: { __typename?: 'FinanceInsuranceRollup'; sample: boolean } | null;
};

export type MeasureStandingQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  finance: Scalars['Boolean']['input'];
  transport: Scalars['Boolean']['input'];
  water: Scalars['Boolean']['input'];
  education: Scalars['Boolean']['input'];
  health: Scalars['Boolean']['input'];
  financeInsurance: Scalars['Boolean']['input'];
}>;

export type MeasureStandingQuery = {
  __typename?: 'Query';
  counties: Array<{
    __typename?: 'County';
    code: string;
    name: string;
    finance?: {
      __typename?: 'CountyFinance';
      sample: boolean;
      rules: Array<{
        __typename?: 'RuleResult';
        status: RuleStatus;
        actual: number | null;
        required: number | null;
        gap: number | null;
        reason: string | null;
        rule: { __typename?: 'Rule'; id: string };
      }>;
    } | null;
    transport?: {
      __typename?: 'CountyTransport';
      sample: boolean;
      rules: Array<{
        __typename?: 'RuleResult';
        status: RuleStatus;
        actual: number | null;
        required: number | null;
        gap: number | null;
        reason: string | null;
        rule: { __typename?: 'Rule'; id: string };
      }>;
    } | null;
    water?: {
      __typename?: 'CountyWater';
      sample: boolean;
      rules: Array<{
        __typename?: 'RuleResult';
        status: RuleStatus;
        actual: number | null;
        required: number | null;
        gap: number | null;
        reason: string | null;
        rule: { __typename?: 'Rule'; id: string };
      }>;
    } | null;
    education?: {
      __typename?: 'CountyEducation';
      sample: boolean;
      rules: Array<{
        __typename?: 'RuleResult';
        status: RuleStatus;
        actual: number | null;
        required: number | null;
        gap: number | null;
        reason: string | null;
        rule: { __typename?: 'Rule'; id: string };
      }>;
    } | null;
    health?: {
      __typename?: 'CountyHealth';
      sample: boolean;
      rules: Array<{
        __typename?: 'RuleResult';
        status: RuleStatus;
        actual: number | null;
        required: number | null;
        gap: number | null;
        reason: string | null;
        rule: { __typename?: 'Rule'; id: string };
      }>;
    } | null;
    financeInsurance?: {
      __typename?: 'CountyFinanceInsurance';
      sample: boolean;
      rules: Array<{
        __typename?: 'RuleResult';
        status: RuleStatus;
        actual: number | null;
        required: number | null;
        gap: number | null;
        reason: string | null;
        rule: { __typename?: 'Rule'; id: string };
      }>;
    } | null;
  }>;
};

export type RuleResultFieldsFragment = {
  __typename?: 'RuleResult';
  status: RuleStatus;
  actual: number | null;
  required: number | null;
  gap: number | null;
  reason: string | null;
  sample: boolean;
  rule: {
    __typename?: 'Rule';
    id: string;
    description: string;
    comparison: Comparison;
    threshold: number | null;
    comparedWithPreviousYear: boolean;
    kind: RuleKind;
    basis: RuleBasis;
    basisNote: string;
    words: string | null;
    indicator: { __typename?: 'Indicator'; id: string; unit: Unit };
    measure: { __typename?: 'Measure'; number: number } | null;
  };
};

export type CountyAssessmentFieldsFragment = {
  __typename?: 'Assessment';
  score: number | null;
  rank: number | null;
  rankedAmong: number;
  shareOfRulesMet: number | null;
  rulesAssessed: number;
  rulesMet: number;
  rulesNotMet: number;
  rulesNoData: number;
  complete: boolean;
  sample: boolean;
  unavailableDepartments: Array<{ __typename?: 'Department'; id: string; name: string; subgraph: string | null }>;
  measures: Array<{
    __typename?: 'MeasureAssessment';
    status: AssessmentStatus;
    score: number | null;
    rulesApplicable: number | null;
    rulesMet: number | null;
    measure: { __typename?: 'Measure'; number: number };
    department: { __typename?: 'Department'; id: string; name: string } | null;
    rules: Array<{
      __typename?: 'RuleResult';
      status: RuleStatus;
      sample: boolean;
      rule: { __typename?: 'Rule'; id: string };
    }> | null;
  }>;
  shortfalls: Array<{
    __typename?: 'Shortfall';
    status: RuleStatus;
    actual: number | null;
    required: number | null;
    gap: number | null;
    unit: Unit | null;
    rule: {
      __typename?: 'Rule';
      id: string;
      description: string;
      comparison: Comparison;
      comparedWithPreviousYear: boolean;
      kind: RuleKind;
      indicator: { __typename?: 'Indicator'; id: string; name: string; unit: Unit };
    };
    measure: { __typename?: 'Measure'; number: number };
    department: { __typename?: 'Department'; id: string; name: string } | null;
  }>;
};

export type CountyPageQueryVariables = Exact<{
  code: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;

export type CountyPageQuery = {
  __typename?: 'Query';
  county: {
    __typename?: 'County';
    code: string;
    name: string;
    kind: CountyKind;
    povertyStatus: PovertyStatus;
    povertyExitYear: number | null;
    hasTasks: boolean;
    code2018: string | null;
    stockPoorVillages: number | null;
    stockPoorPopulation: number | null;
    stockSample: boolean;
    prefecture: { __typename?: 'Prefecture'; code: string; name: string };
    assessment: {
      __typename?: 'Assessment';
      score: number | null;
      rank: number | null;
      rankedAmong: number;
      shareOfRulesMet: number | null;
      rulesAssessed: number;
      rulesMet: number;
      rulesNotMet: number;
      rulesNoData: number;
      complete: boolean;
      sample: boolean;
      unavailableDepartments: Array<{ __typename?: 'Department'; id: string; name: string; subgraph: string | null }>;
      measures: Array<{
        __typename?: 'MeasureAssessment';
        status: AssessmentStatus;
        score: number | null;
        rulesApplicable: number | null;
        rulesMet: number | null;
        measure: { __typename?: 'Measure'; number: number };
        department: { __typename?: 'Department'; id: string; name: string } | null;
        rules: Array<{
          __typename?: 'RuleResult';
          status: RuleStatus;
          sample: boolean;
          rule: { __typename?: 'Rule'; id: string };
        }> | null;
      }>;
      shortfalls: Array<{
        __typename?: 'Shortfall';
        status: RuleStatus;
        actual: number | null;
        required: number | null;
        gap: number | null;
        unit: Unit | null;
        rule: {
          __typename?: 'Rule';
          id: string;
          description: string;
          comparison: Comparison;
          comparedWithPreviousYear: boolean;
          kind: RuleKind;
          indicator: { __typename?: 'Indicator'; id: string; name: string; unit: Unit };
        };
        measure: { __typename?: 'Measure'; number: number };
        department: { __typename?: 'Department'; id: string; name: string } | null;
      }>;
    } | null;
    finance: {
      __typename?: 'CountyFinance';
      year: number;
      sample: boolean;
      fiscalRevenueIncrement: number | null;
      specialBudgetAdded: number | null;
      specialBudgetShare: number | null;
      stockFundsRecovered: number | null;
      stockFundsForPrecisePoverty: number | null;
      stockFundsPrecisePovertyShare: number | null;
      budgetExpenditure: number | null;
      residentPopulation: number | null;
      budgetExpenditurePerCapita: number | null;
      provincialBudgetExpenditurePerCapita: number | null;
      majorGrainOrPopulousCounty: number | null;
      transferPayment: number | null;
      pvProjectsListed: number | null;
      pvProjectsSubsidised: number | null;
      pvProjectsSubsidisedShare: number | null;
      pvSubsidy: number | null;
      allocationPoorPopulationWeight: number | null;
      specialFundsAllocated: number | null;
      allocationPoorPopulation: number | null;
      specialFundsPerPoorPerson: number | null;
      specialFundsShareOfProvince: number | null;
      poorPopulationShareOfProvince: number | null;
      fundsToPoorPopulationShareRatio: number | null;
      observations: Array<{
        __typename?: 'Observation';
        year: number;
        value: number;
        revision: number;
        publishedBy: string;
        publishedAt: string;
        sample: boolean;
        indicator: { __typename?: 'Indicator'; id: string };
      }>;
      rules: Array<{
        __typename?: 'RuleResult';
        status: RuleStatus;
        actual: number | null;
        required: number | null;
        gap: number | null;
        reason: string | null;
        sample: boolean;
        rule: {
          __typename?: 'Rule';
          id: string;
          description: string;
          comparison: Comparison;
          threshold: number | null;
          comparedWithPreviousYear: boolean;
          kind: RuleKind;
          basis: RuleBasis;
          basisNote: string;
          words: string | null;
          indicator: { __typename?: 'Indicator'; id: string; unit: Unit };
          measure: { __typename?: 'Measure'; number: number } | null;
        };
      }>;
    } | null;
    transport: {
      __typename?: 'CountyTransport';
      year: number;
      sample: boolean;
      townshipsWithTasks: number | null;
      townshipsWithTasksUpgraded10Km: number | null;
      townshipsUpgraded10KmShare: number | null;
      townshipRoadUpgradeKm: number | null;
      poorVillages: number | null;
      poorVillagesUpgraded1Km: number | null;
      poorVillagesUpgraded1KmShare: number | null;
      poorVillageRoadUpgradeKm: number | null;
      roadUpgradeKmPerTownship: number | null;
      roadUpgradeKmPerPoorVillage: number | null;
      accessProjectsPlanned: number | null;
      accessProjectsArranged: number | null;
      accessProjectsArrangedShare: number | null;
      townshipsOnClassTwoRoads: number | null;
      townshipsOnClassTwoRoadsShare: number | null;
      naturalVillagesAboveScale: number | null;
      naturalVillagesWithHardenedRoads: number | null;
      naturalVillagesWithHardenedRoadsShare: number | null;
      scenicSpots4APlus: number | null;
      scenicSpots4APlusOnClassTwoRoads: number | null;
      scenicSpots4APlusOnClassTwoRoadsShare: number | null;
      observations: Array<{
        __typename?: 'Observation';
        year: number;
        value: number;
        revision: number;
        publishedBy: string;
        publishedAt: string;
        sample: boolean;
        indicator: { __typename?: 'Indicator'; id: string };
      }>;
      baselineChecks: Array<{
        __typename?: 'BaselineCheck';
        baseline: string;
        value: number | null;
        stock: number | null;
        difference: number | null;
        tolerance: number;
        withinTolerance: boolean | null;
        indicator: { __typename?: 'Indicator'; id: string };
      }>;
      rules: Array<{
        __typename?: 'RuleResult';
        status: RuleStatus;
        actual: number | null;
        required: number | null;
        gap: number | null;
        reason: string | null;
        sample: boolean;
        rule: {
          __typename?: 'Rule';
          id: string;
          description: string;
          comparison: Comparison;
          threshold: number | null;
          comparedWithPreviousYear: boolean;
          kind: RuleKind;
          basis: RuleBasis;
          basisNote: string;
          words: string | null;
          indicator: { __typename?: 'Indicator'; id: string; unit: Unit };
          measure: { __typename?: 'Measure'; number: number } | null;
        };
      }>;
    } | null;
    water: {
      __typename?: 'CountyWater';
      year: number;
      sample: boolean;
      ruralDrinkingWaterInvestmentInYear: number | null;
      registeredPoorPopulation: number | null;
      registeredPoorWithSafeDrinkingWater: number | null;
      safeDrinkingWaterShare: number | null;
      drinkingWaterInvestmentPlanned: number | null;
      drinkingWaterInvestmentIssued: number | null;
      drinkingWaterInvestmentIssuedShare: number | null;
      eligibleProjects: number | null;
      eligibleProjectsInSpecialPlans: number | null;
      eligibleProjectsInSpecialPlansShare: number | null;
      provinceEligibleProjectsInSpecialPlansShare: number | null;
      specialPlanProjectInvestmentArranged: number | null;
      observations: Array<{
        __typename?: 'Observation';
        year: number;
        value: number;
        revision: number;
        publishedBy: string;
        publishedAt: string;
        sample: boolean;
        indicator: { __typename?: 'Indicator'; id: string };
      }>;
      rules: Array<{
        __typename?: 'RuleResult';
        status: RuleStatus;
        actual: number | null;
        required: number | null;
        gap: number | null;
        reason: string | null;
        sample: boolean;
        rule: {
          __typename?: 'Rule';
          id: string;
          description: string;
          comparison: Comparison;
          threshold: number | null;
          comparedWithPreviousYear: boolean;
          kind: RuleKind;
          basis: RuleBasis;
          basisNote: string;
          words: string | null;
          indicator: { __typename?: 'Indicator'; id: string; unit: Unit };
          measure: { __typename?: 'Measure'; number: number } | null;
        };
      }>;
    } | null;
    education: {
      __typename?: 'CountyEducation';
      year: number;
      sample: boolean;
      smallRuralSchoolsPlanned: number | null;
      smallRuralSchoolsBuilt: number | null;
      smallRuralSchoolsBuiltShare: number | null;
      boardingSchoolsPlanned: number | null;
      boardingSchoolsBuilt: number | null;
      boardingSchoolsBuiltShare: number | null;
      schoolConstructionFunds: number | null;
      poorFamilyStudents: number | null;
      poorFamilyStudentsSupported: number | null;
      poorFamilyStudentsSupportedShare: number | null;
      poorFamilyStudentAid: number | null;
      poorFamilyCompulsoryStudents: number | null;
      poorFamilyCompulsoryDropouts: number | null;
      poorFamilyCompulsoryDropoutRate: number | null;
      nutritionPilotCounty: number | null;
      nutritionPilotStudents: number | null;
      nutritionAwardApproved: number | null;
      nutritionAwardAllocated: number | null;
      nutritionAwardAllocatedShare: number | null;
      observations: Array<{
        __typename?: 'Observation';
        year: number;
        value: number;
        revision: number;
        publishedBy: string;
        publishedAt: string;
        sample: boolean;
        indicator: { __typename?: 'Indicator'; id: string };
      }>;
      rules: Array<{
        __typename?: 'RuleResult';
        status: RuleStatus;
        actual: number | null;
        required: number | null;
        gap: number | null;
        reason: string | null;
        sample: boolean;
        rule: {
          __typename?: 'Rule';
          id: string;
          description: string;
          comparison: Comparison;
          threshold: number | null;
          comparedWithPreviousYear: boolean;
          kind: RuleKind;
          basis: RuleBasis;
          basisNote: string;
          words: string | null;
          indicator: { __typename?: 'Indicator'; id: string; unit: Unit };
          measure: { __typename?: 'Measure'; number: number } | null;
        };
      }>;
    } | null;
    health: {
      __typename?: 'CountyHealth';
      year: number;
      sample: boolean;
      townships: number | null;
      townshipsWithStandardHealthCentre: number | null;
      townshipHealthCentreCoverage: number | null;
      administrativeVillages: number | null;
      villagesWithStandardClinic: number | null;
      villageClinicCoverage: number | null;
      medicalAssistanceFunds: number | null;
      stockPoorPopulation: number | null;
      medicalAssistanceFundsPerStockPoorPerson: number | null;
      observations: Array<{
        __typename?: 'Observation';
        year: number;
        value: number;
        revision: number;
        publishedBy: string;
        publishedAt: string;
        sample: boolean;
        indicator: { __typename?: 'Indicator'; id: string };
      }>;
      baselineChecks: Array<{
        __typename?: 'BaselineCheck';
        baseline: string;
        value: number | null;
        stock: number | null;
        difference: number | null;
        tolerance: number;
        withinTolerance: boolean | null;
        indicator: { __typename?: 'Indicator'; id: string };
      }>;
      rules: Array<{
        __typename?: 'RuleResult';
        status: RuleStatus;
        actual: number | null;
        required: number | null;
        gap: number | null;
        reason: string | null;
        sample: boolean;
        rule: {
          __typename?: 'Rule';
          id: string;
          description: string;
          comparison: Comparison;
          threshold: number | null;
          comparedWithPreviousYear: boolean;
          kind: RuleKind;
          basis: RuleBasis;
          basisNote: string;
          words: string | null;
          indicator: { __typename?: 'Indicator'; id: string; unit: Unit };
          measure: { __typename?: 'Measure'; number: number } | null;
        };
      }>;
    } | null;
    financeInsurance: {
      __typename?: 'CountyFinanceInsurance';
      year: number;
      sample: boolean;
      relendingRediscountDemand: number | null;
      relendingRediscountGranted: number | null;
      relendingRediscountDemandMetShare: number | null;
      provinceRelendingRediscountDemandMetShare: number | null;
      countyLoansIssued: number | null;
      poorHouseholdsWithCreditDemand: number | null;
      poorHouseholdsGrantedCredit: number | null;
      poorHouseholdCreditDemandMetShare: number | null;
      poorHouseholdLoansIssued: number | null;
      poorHouseholdLoanBalance: number | null;
      poorHouseholdLoanApprovalDaysTotal: number | null;
      poorHouseholdLoansCount: number | null;
      poorHouseholdLoanApprovalDays: number | null;
      specialAgriculturalInsuranceProducts: number | null;
      agriculturalInsuranceInsurableHouseholds: number | null;
      agriculturalInsuranceInsuredHouseholds: number | null;
      agriculturalInsuranceCoverageShare: number | null;
      registeredPoorHouseholds: number | null;
      fupinbaoInsuredHouseholds: number | null;
      fupinbaoCoverageShare: number | null;
      fupinbaoClaimsPaid: number | null;
      observations: Array<{
        __typename?: 'Observation';
        year: number;
        value: number;
        revision: number;
        publishedBy: string;
        publishedAt: string;
        sample: boolean;
        indicator: { __typename?: 'Indicator'; id: string };
      }>;
      rules: Array<{
        __typename?: 'RuleResult';
        status: RuleStatus;
        actual: number | null;
        required: number | null;
        gap: number | null;
        reason: string | null;
        sample: boolean;
        rule: {
          __typename?: 'Rule';
          id: string;
          description: string;
          comparison: Comparison;
          threshold: number | null;
          comparedWithPreviousYear: boolean;
          kind: RuleKind;
          basis: RuleBasis;
          basisNote: string;
          words: string | null;
          indicator: { __typename?: 'Indicator'; id: string; unit: Unit };
          measure: { __typename?: 'Measure'; number: number } | null;
        };
      }>;
    } | null;
  } | null;
  indicators: Array<{
    __typename?: 'Indicator';
    id: string;
    name: string;
    unit: Unit;
    published: boolean;
    numerator: { __typename?: 'Indicator'; id: string } | null;
    denominator: { __typename?: 'Indicator'; id: string } | null;
  }>;
};

export type MeasurePageQueryVariables = Exact<{
  number: Scalars['Int']['input'];
}>;

export type MeasurePageQuery = {
  __typename?: 'Query';
  measure: {
    __typename?: 'Measure';
    number: number;
    text: string;
    group: { __typename?: 'MeasureGroup'; ordinal: number; title: string };
    leadDepartments: Array<{ __typename?: 'Department'; id: string; name: string; subgraph: string | null }>;
    responsibleDepartments: Array<{ __typename?: 'Department'; id: string; name: string; subgraph: string | null }>;
    indicators: Array<{
      __typename?: 'Indicator';
      id: string;
      name: string;
      unit: Unit;
      rollup: RollupKind;
      published: boolean;
      department: { __typename?: 'Department'; id: string; name: string; subgraph: string | null } | null;
    }>;
    rules: Array<{
      __typename?: 'Rule';
      id: string;
      description: string;
      comparison: Comparison;
      threshold: number | null;
      comparedWithPreviousYear: boolean;
      kind: RuleKind;
      basis: RuleBasis;
      basisNote: string;
      words: string | null;
      years: Array<number>;
      indicator: {
        __typename?: 'Indicator';
        id: string;
        name: string;
        unit: Unit;
        department: { __typename?: 'Department'; name: string; subgraph: string | null } | null;
      };
    }>;
  } | null;
  measures: Array<{ __typename?: 'Measure'; number: number }>;
};

export type StandingRuleResultFragment = {
  __typename?: 'RuleResult';
  status: RuleStatus;
  actual: number | null;
  required: number | null;
  gap: number | null;
  reason: string | null;
  rule: { __typename?: 'Rule'; id: string };
};

export type ProvinceOverviewQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;

export type ProvinceOverviewQuery = {
  __typename?: 'Query';
  policy: {
    __typename?: 'Policy';
    title: string;
    issuer: string;
    issueDate: string;
    targets: {
      __typename?: 'PolicyTargets';
      countiesWithTasks: number;
      povertyCounties: number;
      nonPovertyCounties: number;
      stockPoorVillages: number;
      stockPoorPopulation: number;
      deadlineYear: number;
    };
  };
  prefectures: Array<{ __typename?: 'Prefecture'; code: string; name: string }>;
  counties: Array<{
    __typename?: 'County';
    code: string;
    name: string;
    povertyStatus: PovertyStatus;
    hasTasks: boolean;
    stockPoorVillages: number | null;
    stockPoorPopulation: number | null;
    stockSample: boolean;
    prefecture: { __typename?: 'Prefecture'; code: string };
  }>;
  province: {
    __typename?: 'Province';
    finance: { __typename?: 'FinanceRollup'; sample: boolean } | null;
    transport: { __typename?: 'TransportRollup'; sample: boolean } | null;
    water: { __typename?: 'WaterRollup'; sample: boolean } | null;
    education: { __typename?: 'EducationRollup'; sample: boolean } | null;
    health: { __typename?: 'HealthRollup'; sample: boolean } | null;
    financeInsurance: { __typename?: 'FinanceInsuranceRollup'; sample: boolean } | null;
  };
};

export type ProvinceAssessmentQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;

export type ProvinceAssessmentQuery = {
  __typename?: 'Query';
  provinceAssessment: {
    __typename?: 'ProvinceAssessment';
    year: number;
    meanScore: number | null;
    shareOfRulesMet: number | null;
    rulesAssessed: number;
    rulesMet: number;
    complete: boolean;
    sample: boolean;
    unavailableDepartments: Array<{ __typename?: 'Department'; id: string; name: string; subgraph: string | null }>;
    counties: Array<{
      __typename?: 'Assessment';
      score: number | null;
      rank: number | null;
      rankedAmong: number;
      shareOfRulesMet: number | null;
      rulesMet: number;
      rulesAssessed: number;
      sample: boolean;
      county: { __typename?: 'County'; code: string };
    }>;
    progress: Array<{
      __typename?: 'TargetProgress';
      year: number;
      villagesExited: number | null;
      villagesTarget: number | null;
      villagesExitedShareOfTarget: number | null;
      peopleLiftedOut: number | null;
      peopleTarget: number | null;
      peopleLiftedOutShareOfTarget: number | null;
      sample: boolean;
    }>;
  };
};

export const RuleResultFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleResultFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RuleResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'required' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rule' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comparison' } },
                { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comparedWithPreviousYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basisNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'words' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'measure' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'number' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RuleResultFieldsFragment, unknown>;
export const CountyFinanceFiguresFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CountyFinanceFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CountyFinance' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fiscalRevenueIncrement' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialBudgetAdded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialBudgetShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stockFundsRecovered' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stockFundsForPrecisePoverty' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stockFundsPrecisePovertyShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetExpenditure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'residentPopulation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetExpenditurePerCapita' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provincialBudgetExpenditurePerCapita' } },
          { kind: 'Field', name: { kind: 'Name', value: 'majorGrainOrPopulousCounty' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferPayment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pvProjectsListed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pvProjectsSubsidised' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pvProjectsSubsidisedShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pvSubsidy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allocationPoorPopulationWeight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialFundsAllocated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allocationPoorPopulation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialFundsPerPoorPerson' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialFundsShareOfProvince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorPopulationShareOfProvince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fundsToPoorPopulationShareRatio' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'observations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleResultFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleResultFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RuleResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'required' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rule' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comparison' } },
                { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comparedWithPreviousYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basisNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'words' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'measure' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'number' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CountyFinanceFiguresFragment, unknown>;
export const CountyTransportFiguresFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CountyTransportFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CountyTransport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
          { kind: 'Field', name: { kind: 'Name', value: 'townshipsWithTasks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'townshipsWithTasksUpgraded10Km' } },
          { kind: 'Field', name: { kind: 'Name', value: 'townshipsUpgraded10KmShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'townshipRoadUpgradeKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorVillages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorVillagesUpgraded1Km' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorVillagesUpgraded1KmShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorVillageRoadUpgradeKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roadUpgradeKmPerTownship' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roadUpgradeKmPerPoorVillage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessProjectsPlanned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessProjectsArranged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessProjectsArrangedShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'townshipsOnClassTwoRoads' } },
          { kind: 'Field', name: { kind: 'Name', value: 'townshipsOnClassTwoRoadsShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'naturalVillagesAboveScale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'naturalVillagesWithHardenedRoads' } },
          { kind: 'Field', name: { kind: 'Name', value: 'naturalVillagesWithHardenedRoadsShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scenicSpots4APlus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scenicSpots4APlusOnClassTwoRoads' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scenicSpots4APlusOnClassTwoRoadsShare' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'observations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'baselineChecks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'baseline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stock' } },
                { kind: 'Field', name: { kind: 'Name', value: 'difference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tolerance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'withinTolerance' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleResultFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleResultFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RuleResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'required' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rule' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comparison' } },
                { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comparedWithPreviousYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basisNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'words' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'measure' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'number' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CountyTransportFiguresFragment, unknown>;
export const CountyWaterFiguresFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CountyWaterFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CountyWater' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ruralDrinkingWaterInvestmentInYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredPoorPopulation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredPoorWithSafeDrinkingWater' } },
          { kind: 'Field', name: { kind: 'Name', value: 'safeDrinkingWaterShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'drinkingWaterInvestmentPlanned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'drinkingWaterInvestmentIssued' } },
          { kind: 'Field', name: { kind: 'Name', value: 'drinkingWaterInvestmentIssuedShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibleProjects' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibleProjectsInSpecialPlans' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibleProjectsInSpecialPlansShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provinceEligibleProjectsInSpecialPlansShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialPlanProjectInvestmentArranged' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'observations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleResultFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleResultFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RuleResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'required' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rule' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comparison' } },
                { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comparedWithPreviousYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basisNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'words' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'measure' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'number' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CountyWaterFiguresFragment, unknown>;
export const CountyEducationFiguresFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CountyEducationFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CountyEducation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
          { kind: 'Field', name: { kind: 'Name', value: 'smallRuralSchoolsPlanned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'smallRuralSchoolsBuilt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'smallRuralSchoolsBuiltShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'boardingSchoolsPlanned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'boardingSchoolsBuilt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'boardingSchoolsBuiltShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolConstructionFunds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorFamilyStudents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorFamilyStudentsSupported' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorFamilyStudentsSupportedShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorFamilyStudentAid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorFamilyCompulsoryStudents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorFamilyCompulsoryDropouts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorFamilyCompulsoryDropoutRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nutritionPilotCounty' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nutritionPilotStudents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nutritionAwardApproved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nutritionAwardAllocated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nutritionAwardAllocatedShare' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'observations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleResultFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleResultFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RuleResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'required' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rule' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comparison' } },
                { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comparedWithPreviousYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basisNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'words' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'measure' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'number' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CountyEducationFiguresFragment, unknown>;
export const CountyHealthFiguresFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CountyHealthFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CountyHealth' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
          { kind: 'Field', name: { kind: 'Name', value: 'townships' } },
          { kind: 'Field', name: { kind: 'Name', value: 'townshipsWithStandardHealthCentre' } },
          { kind: 'Field', name: { kind: 'Name', value: 'townshipHealthCentreCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'administrativeVillages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'villagesWithStandardClinic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'villageClinicCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'medicalAssistanceFunds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stockPoorPopulation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'medicalAssistanceFundsPerStockPoorPerson' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'observations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'baselineChecks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'baseline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stock' } },
                { kind: 'Field', name: { kind: 'Name', value: 'difference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tolerance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'withinTolerance' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleResultFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleResultFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RuleResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'required' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rule' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comparison' } },
                { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comparedWithPreviousYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basisNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'words' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'measure' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'number' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CountyHealthFiguresFragment, unknown>;
export const CountyFinanceInsuranceFiguresFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CountyFinanceInsuranceFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CountyFinanceInsurance' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
          { kind: 'Field', name: { kind: 'Name', value: 'relendingRediscountDemand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'relendingRediscountGranted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'relendingRediscountDemandMetShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provinceRelendingRediscountDemandMetShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countyLoansIssued' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorHouseholdsWithCreditDemand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorHouseholdsGrantedCredit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorHouseholdCreditDemandMetShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorHouseholdLoansIssued' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorHouseholdLoanBalance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorHouseholdLoanApprovalDaysTotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorHouseholdLoansCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorHouseholdLoanApprovalDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialAgriculturalInsuranceProducts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agriculturalInsuranceInsurableHouseholds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agriculturalInsuranceInsuredHouseholds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agriculturalInsuranceCoverageShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredPoorHouseholds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fupinbaoInsuredHouseholds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fupinbaoCoverageShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fupinbaoClaimsPaid' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'observations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleResultFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleResultFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RuleResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'required' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rule' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comparison' } },
                { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comparedWithPreviousYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basisNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'words' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'measure' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'number' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CountyFinanceInsuranceFiguresFragment, unknown>;
export const CountyDepartmentFiguresFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CountyDepartmentFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'County' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'finance' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CountyFinanceFigures' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'transport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CountyTransportFigures' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'water' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CountyWaterFigures' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'education' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CountyEducationFigures' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'health' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CountyHealthFigures' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'financeInsurance' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CountyFinanceInsuranceFigures' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleResultFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RuleResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'required' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rule' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comparison' } },
                { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comparedWithPreviousYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basisNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'words' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'measure' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'number' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CountyFinanceFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CountyFinance' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fiscalRevenueIncrement' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialBudgetAdded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialBudgetShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stockFundsRecovered' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stockFundsForPrecisePoverty' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stockFundsPrecisePovertyShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetExpenditure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'residentPopulation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetExpenditurePerCapita' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provincialBudgetExpenditurePerCapita' } },
          { kind: 'Field', name: { kind: 'Name', value: 'majorGrainOrPopulousCounty' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferPayment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pvProjectsListed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pvProjectsSubsidised' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pvProjectsSubsidisedShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pvSubsidy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allocationPoorPopulationWeight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialFundsAllocated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allocationPoorPopulation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialFundsPerPoorPerson' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialFundsShareOfProvince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorPopulationShareOfProvince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fundsToPoorPopulationShareRatio' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'observations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleResultFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CountyTransportFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CountyTransport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
          { kind: 'Field', name: { kind: 'Name', value: 'townshipsWithTasks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'townshipsWithTasksUpgraded10Km' } },
          { kind: 'Field', name: { kind: 'Name', value: 'townshipsUpgraded10KmShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'townshipRoadUpgradeKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorVillages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorVillagesUpgraded1Km' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorVillagesUpgraded1KmShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorVillageRoadUpgradeKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roadUpgradeKmPerTownship' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roadUpgradeKmPerPoorVillage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessProjectsPlanned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessProjectsArranged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessProjectsArrangedShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'townshipsOnClassTwoRoads' } },
          { kind: 'Field', name: { kind: 'Name', value: 'townshipsOnClassTwoRoadsShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'naturalVillagesAboveScale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'naturalVillagesWithHardenedRoads' } },
          { kind: 'Field', name: { kind: 'Name', value: 'naturalVillagesWithHardenedRoadsShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scenicSpots4APlus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scenicSpots4APlusOnClassTwoRoads' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scenicSpots4APlusOnClassTwoRoadsShare' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'observations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'baselineChecks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'baseline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stock' } },
                { kind: 'Field', name: { kind: 'Name', value: 'difference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tolerance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'withinTolerance' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleResultFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CountyWaterFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CountyWater' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ruralDrinkingWaterInvestmentInYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredPoorPopulation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredPoorWithSafeDrinkingWater' } },
          { kind: 'Field', name: { kind: 'Name', value: 'safeDrinkingWaterShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'drinkingWaterInvestmentPlanned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'drinkingWaterInvestmentIssued' } },
          { kind: 'Field', name: { kind: 'Name', value: 'drinkingWaterInvestmentIssuedShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibleProjects' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibleProjectsInSpecialPlans' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibleProjectsInSpecialPlansShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provinceEligibleProjectsInSpecialPlansShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialPlanProjectInvestmentArranged' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'observations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleResultFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CountyEducationFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CountyEducation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
          { kind: 'Field', name: { kind: 'Name', value: 'smallRuralSchoolsPlanned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'smallRuralSchoolsBuilt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'smallRuralSchoolsBuiltShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'boardingSchoolsPlanned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'boardingSchoolsBuilt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'boardingSchoolsBuiltShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolConstructionFunds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorFamilyStudents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorFamilyStudentsSupported' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorFamilyStudentsSupportedShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorFamilyStudentAid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorFamilyCompulsoryStudents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorFamilyCompulsoryDropouts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorFamilyCompulsoryDropoutRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nutritionPilotCounty' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nutritionPilotStudents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nutritionAwardApproved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nutritionAwardAllocated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nutritionAwardAllocatedShare' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'observations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleResultFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CountyHealthFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CountyHealth' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
          { kind: 'Field', name: { kind: 'Name', value: 'townships' } },
          { kind: 'Field', name: { kind: 'Name', value: 'townshipsWithStandardHealthCentre' } },
          { kind: 'Field', name: { kind: 'Name', value: 'townshipHealthCentreCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'administrativeVillages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'villagesWithStandardClinic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'villageClinicCoverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'medicalAssistanceFunds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stockPoorPopulation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'medicalAssistanceFundsPerStockPoorPerson' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'observations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'baselineChecks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'baseline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stock' } },
                { kind: 'Field', name: { kind: 'Name', value: 'difference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tolerance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'withinTolerance' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleResultFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CountyFinanceInsuranceFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CountyFinanceInsurance' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
          { kind: 'Field', name: { kind: 'Name', value: 'relendingRediscountDemand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'relendingRediscountGranted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'relendingRediscountDemandMetShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provinceRelendingRediscountDemandMetShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countyLoansIssued' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorHouseholdsWithCreditDemand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorHouseholdsGrantedCredit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorHouseholdCreditDemandMetShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorHouseholdLoansIssued' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorHouseholdLoanBalance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorHouseholdLoanApprovalDaysTotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorHouseholdLoansCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'poorHouseholdLoanApprovalDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialAgriculturalInsuranceProducts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agriculturalInsuranceInsurableHouseholds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agriculturalInsuranceInsuredHouseholds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agriculturalInsuranceCoverageShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredPoorHouseholds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fupinbaoInsuredHouseholds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fupinbaoCoverageShare' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fupinbaoClaimsPaid' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'observations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleResultFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CountyDepartmentFiguresFragment, unknown>;
export const ProvinceDepartmentSamplesFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProvinceDepartmentSamples' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Province' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'finance' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sample' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'transport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sample' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'water' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sample' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'education' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sample' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'health' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sample' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'financeInsurance' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sample' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProvinceDepartmentSamplesFragment, unknown>;
export const CountyAssessmentFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CountyAssessmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Assessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rankedAmong' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shareOfRulesMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rulesAssessed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rulesMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rulesNotMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rulesNoData' } },
          { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unavailableDepartments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subgraph' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'measure' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'number' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'department' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rulesApplicable' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rulesMet' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rules' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rule' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shortfalls' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rule' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'comparison' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'comparedWithPreviousYear' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'indicator' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'measure' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'number' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'department' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
                { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CountyAssessmentFieldsFragment, unknown>;
export const StandingRuleResultFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StandingRuleResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RuleResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'required' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rule' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StandingRuleResultFragment, unknown>;
export const MeasureStandingDocument = {
  __meta__: { hash: '4b8d4174ea554aaa3870381cade5e7bdccc81df6f2feed20c713c7fa587168a8' },
} as unknown as DocumentNode<MeasureStandingQuery, MeasureStandingQueryVariables>;
export const CountyPageDocument = {
  __meta__: { hash: '3ea45e7dccd92a42a9375ea130639d22a8a991f1488e7c08085ad166f48b4d15' },
} as unknown as DocumentNode<CountyPageQuery, CountyPageQueryVariables>;
export const MeasurePageDocument = {
  __meta__: { hash: 'ed5ce7283137276381f2262605349493f82e73ec73fbfc834a2cee3401f33f6a' },
} as unknown as DocumentNode<MeasurePageQuery, MeasurePageQueryVariables>;
export const ProvinceOverviewDocument = {
  __meta__: { hash: '8fb814c20904bedee8e2f87d3df024dc557baeaa4cc084b6fae703e32263d3be' },
} as unknown as DocumentNode<ProvinceOverviewQuery, ProvinceOverviewQueryVariables>;
export const ProvinceAssessmentDocument = {
  __meta__: { hash: '3dafb1f932a681a770acec40ef4d4c0f5e84432649d8f3d803af2dd17a7cb98a' },
} as unknown as DocumentNode<ProvinceAssessmentQuery, ProvinceAssessmentQueryVariables>;
