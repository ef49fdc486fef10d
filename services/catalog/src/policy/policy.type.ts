import { Field, Int, ObjectType } from '@fupin/kit/graphql';

@ObjectType({ description: '文件确定的目标任务 / The targets the document sets' })
export class PolicyTargets {
  @Field(() => Int, { description: '有扶贫任务的县(市、区)数(个): counties with poverty-alleviation tasks (97)' })
  countiesWithTasks: number;

  @Field(() => Int, { description: '贫困县数(个): poverty counties (37)' })
  povertyCounties: number;

  @Field(() => Int, { description: '有扶贫任务的非贫困县数(个): non-poverty counties with tasks (60)' })
  nonPovertyCounties: number;

  @Field(() => Int, { description: '非贫困县存量贫困村(个), 须于期限前全部出列: stock poor villages to exit (788)' })
  stockPoorVillages: number;

  @Field(() => Int, {
    description:
      '非贫困县存量贫困人口(人), 即65.93万人, 须于期限前全部脱贫: stock poor people to be lifted out (659,300)',
  })
  stockPoorPopulation: number;

  @Field(() => Int, { description: '完成期限(年): the year by which all must exit (2020)' })
  deadlineYear: number;
}

@ObjectType({ description: "“四个一致”原则之一 / One of the document's four principles of equal treatment" })
export class PolicyPrinciple {
  @Field(() => String, { description: "原则(原文), 如“脱贫政策一致” / the principle in the document's words" })
  text: string;

  @Field(() => String, {
    description: "英文译文(本项目所译, 非官方) / English rendering, this project's, not official",
  })
  textEn: string;
}

@ObjectType({
  description:
    '湖北省扶贫攻坚领导小组关于非贫困县脱贫攻坚工作的指导意见(2018年7月18日) / The guideline this graph is about',
})
export class Policy {
  @Field(() => String, { description: '文件标题(据文件措辞拟定, 原文无标题行): title, derived from the text' })
  title: string;

  @Field(() => String, { description: "英文标题(本项目所译, 非官方) / English title, this project's rendering" })
  titleEn: string;

  @Field(() => String, { description: '发文单位: issuer' })
  issuer: string;

  @Field(() => String, { description: '发文单位英文名称 / issuer in English' })
  issuerEn: string;

  @Field(() => String, { description: '成文日期(ISO 8601): date of issue' })
  issueDate: string;

  @Field(() => String, { description: '主送: addressees' })
  addressees: string;

  @Field(() => PolicyTargets, {
    description:
      '文件确定的目标任务: 97个县、788个存量贫困村、65.93万存量贫困人口、2020年 / the targets the document sets',
  })
  targets: PolicyTargets;

  @Field(() => [PolicyPrinciple], {
    description: '坚持非贫困县与贫困县“四个一致” / the four principles of equal treatment with poverty counties',
  })
  principles: PolicyPrinciple[];

  @Field(() => String, { description: "本项目对文件的概述(非原文): a paraphrase, not the document's words" })
  summary: string;

  @Field(() => String, { description: '概述的英文(非原文) / the paraphrase in English' })
  summaryEn: string;
}
