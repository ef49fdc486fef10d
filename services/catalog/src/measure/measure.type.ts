import { Directive, Field, ID, Int, ObjectType } from '@fupin/kit/graphql';

@Directive('@key(fields: "number")')
@ObjectType({ description: "推进举措中的一条措施(共22条) / One of the document's 22 numbered measures" })
export class Measure {
  @Field(() => Int, { description: '措施序号 1–22: number as in the document' })
  number: number;

  @Field(() => String, { description: "措施原文(不含括注的牵头/责任单位): the measure's full Chinese text" })
  text: string;

  groupId: string;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: '推进举措的一组, 如“(一)加大财政投入” / One of the six groups of measures' })
export class MeasureGroup {
  @Field(() => ID, { description: '稳定标识, 如 fiscal-investment: stable id' })
  id: string;

  @Field(() => Int, { description: '组序号 1–6, 即(一)至(六) / ordinal as in the document' })
  ordinal: number;

  @Field(() => String, { description: "组标题(原文), 如“加大财政投入” / title in the document's words" })
  title: string;

  @Field(() => String, { description: "组标题英文(本项目所译, 非官方) / English title, this project's rendering" })
  titleEn: string;
}

@ObjectType({ description: '组织保障(共九条) / One of the nine organisational guarantees' })
export class Guarantee {
  @Field(() => Int, { description: '序号 1–9, 即(一)至(九) / number as in the document' })
  number: number;

  @Field(() => String, { description: "标题(原文), 如“强化考核评估” / title in the document's words" })
  title: string;

  @Field(() => String, { description: "标题英文(本项目所译, 非官方) / English title, this project's rendering" })
  titleEn: string;

  @Field(() => String, { description: "正文(原文) / full text in the document's words" })
  text: string;
}
