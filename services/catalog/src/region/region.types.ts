import { Directive, Field, ID, Int, ObjectType } from '@fupin/kit/graphql';
import { CountyKind, PovertyStatus } from './region.enums.js';

@Directive('@key(fields: "code")')
@ObjectType({ description: '市(州)级单位(含省直辖县级行政区划) / A prefecture-level unit of Hubei' })
export class Prefecture {
  @Field(() => ID, { description: '六位行政区划代码, 如 421100(黄冈市) / six-digit division code' })
  code: string;

  @Field(() => String, { description: '名称, 如 黄冈市 / name, in Chinese' })
  name: string;
}

@Directive('@key(fields: "code")')
@ObjectType({
  description:
    '县(市、区), 以六位行政区划代码为键 / A county-level unit, keyed by its division code everywhere in the graph',
})
export class County {
  @Field(() => ID, {
    description: '现行六位行政区划代码; 旧代码(如监利 421023)也能查到同一县 / current division code',
  })
  code: string;

  @Field(() => String, { description: '名称, 如 麻城市 / name, in Chinese' })
  name: string;

  @Field(() => CountyKind, { description: '类别 / kind of county-level unit' })
  kind: CountyKind;

  @Field(() => PovertyStatus, { description: '贫困县身份 / poverty-county status' })
  povertyStatus: PovertyStatus;

  @Field(() => Int, {
    nullable: true,
    description:
      '贫困县脱贫摘帽批次年份(年); 非贫困县为空 / the year of its official exit batch; null for a non-poverty county',
  })
  povertyExitYear: number | null;

  @Field(() => Boolean, {
    description:
      '是否有扶贫任务。文件称97个县有任务, 但哪6个非贫困区无任务未见公开来源, 此处按武汉中心城区6区标注, 可更正 / ' +
      'has poverty-alleviation tasks; which six units have none is uncertain, this is correctable data',
  })
  hasTasks: boolean;

  @Field(() => String, { nullable: true, description: '2018年文件时的代码(与现行不同时): code in force in 2018' })
  code2018: string | null;

  // stockPoorVillages, stockPoorPopulation, stockSample: the one stock, resolved by CountyResolver.
}

@Directive('@key(fields: "code")')
@ObjectType({ description: '湖北省: 全省汇总的入口 / Hubei province, where the province-wide roll-ups hang' })
export class Province {
  @Field(() => ID, { description: '行政区划代码 420000 / division code' })
  code: string;

  @Field(() => String, { description: '名称: 湖北省 / name, in Chinese' })
  name: string;
}
