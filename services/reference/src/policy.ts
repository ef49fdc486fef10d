/**
 * The guideline itself: title, issuer, date and the numeric targets it sets.
 *
 * Source: shared/seed/000_94590057c0bf6b8b.txt (the full text of the document). Every number
 * below is quoted from a sentence of it. The seed text has no title line: `title` is derived
 * from the document's own words ("特制定本指导意见", "为统筹推进全省非贫困县脱贫攻坚工作") in the
 * form the issuer uses for its own documents (cf. its citation of "《省扶贫攻坚领导小组关于印发
 * 〈脱贫攻坚作风建设“十不准”规定〉的通知》"); its document number (文号) is not in the source.
 * English renderings are this project's, not official ones.
 */

export interface PolicyTargets {
  /** 有扶贫任务的县(市、区): counties with poverty-alleviation tasks. */
  countiesWithTasks: number;
  /** 贫困县 */
  povertyCounties: number;
  /** 非贫困县 (with tasks) */
  nonPovertyCounties: number;
  /** 非贫困县存量贫困村, all to exit (出列) by the deadline. */
  stockPoorVillages: number;
  /** 非贫困县存量贫困人口 (65.93万), all to be lifted out (脱贫) by the deadline. */
  stockPoorPopulation: number;
  deadlineYear: number;
}

export interface PolicyPrinciple {
  text: string;
  textEn: string;
}

export interface PolicyRecord {
  title: string;
  titleEn: string;
  issuer: string;
  issuerEn: string;
  /** ISO date of signature. */
  issueDate: string;
  /** The document's opening salutation (主送). */
  addressees: string;
  targets: PolicyTargets;
  principles: PolicyPrinciple[];
  summary: string;
  summaryEn: string;
  /** 一、总体要求, the whole paragraph, exact: the words the overall targets' rules quote. */
  generalRequirements: string;
}

export const policy: PolicyRecord = {
  title: '省扶贫攻坚领导小组关于非贫困县脱贫攻坚工作的指导意见',
  titleEn:
    'Guiding Opinions of the Provincial Poverty Alleviation Leading Group on Poverty Alleviation Work in Non-Poverty Counties',
  // Signature: "湖北省扶贫攻坚领导小组" / "2018年7月18日"
  issuer: '湖北省扶贫攻坚领导小组',
  issuerEn: 'Hubei Provincial Poverty Alleviation Leading Group',
  issueDate: '2018-07-18',
  addressees: '有关市(州)、县(市、区)扶贫攻坚领导小组,省扶贫攻坚领导小组各成员单位',
  targets: {
    // "(五)强化考核评估……实现对所有有扶贫任务的97个县(市、区)考核全覆盖。"
    countiesWithTasks: 97,
    // "37个贫困县和60个非贫困县,共同构成我省脱贫攻坚不可分割的有机整体。"
    povertyCounties: 37,
    nonPovertyCounties: 60,
    // "确保2020年完成全省非贫困县788个存量贫困村出列、65.93万存量贫困人口脱贫的硬任务"
    stockPoorVillages: 788,
    stockPoorPopulation: 659_300,
    deadlineYear: 2020,
  },
  principles: [
    // "坚持非贫困县与贫困县“脱贫政策一致、工作标准一致、工作力度一致、考核评估一致”的原则"
    { text: '脱贫政策一致', textEn: 'the same poverty-exit policies as poverty counties' },
    { text: '工作标准一致', textEn: 'the same work standards' },
    { text: '工作力度一致', textEn: 'the same intensity of effort' },
    { text: '考核评估一致', textEn: 'the same assessment and evaluation' },
  ],
  // Paraphrase of the opening and of 一、总体要求.
  summary:
    '非贫困县占全省有扶贫任务县的五分之三,非贫困县贫困村占全省贫困村的二分之一,现有贫困人口占全省存量贫困人口的三分之一。本意见以22条推进举措和9条组织保障,确保2020年非贫困县788个存量贫困村出列、65.93万存量贫困人口脱贫。',
  summaryEn:
    'Non-poverty counties are three fifths of the counties with poverty-alleviation tasks, hold half of the poor villages and a third of the remaining poor people. Through 22 measures and 9 organisational guarantees, the guideline commits the province to lifting their 788 stock poor villages and 659,300 stock poor people out of poverty by 2020, with the same policies, standards, effort and assessment as poverty counties.',
  // 一、总体要求, copied exactly (line 4 of the source).
  generalRequirements:
    '以习近平新时代中国特色社会主义思想为指导,深入贯彻习近平扶贫思想和视察湖北重要讲话精神,全面落实《中共中央、国务院关于打赢脱贫攻坚战三年行动的指导意见》(中发﹝2018﹞16号),按照“不漏一村、不落一人”的要求,紧紧围绕“两不愁、三保障”脱贫标准,坚持“抓两头带中间”的工作思路,坚持非贫困县与贫困县“脱贫政策一致、工作标准一致、工作力度一致、考核评估一致”的原则,坚持到村到户到人精准帮扶举措,实施分年度分措施精准到人脱贫计划,确保2020年完成全省非贫困县788个存量贫困村出列、65.93万存量贫困人口脱贫的硬任务,确保非贫困县贫困人口与全省人民一道进入全面小康社会。',
};
