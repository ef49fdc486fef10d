import { UnitEnum } from '@fupin/kit';
import { Directive, Field, Float, ID, ObjectType, registerEnumType } from '@fupin/kit/graphql';

export enum RollupKind {
  SUM = 'SUM',
  MEAN = 'MEAN',
  RATIO = 'RATIO',
}
registerEnumType(RollupKind, {
  name: 'RollupKind',
  description: '指标在市(州)、全省的汇总方式 / How an indicator rolls up over counties',
  valuesConfig: {
    SUM: { description: "求和 / sum of the counties' values" },
    MEAN: { description: "平均 / mean of the counties' values" },
    RATIO: { description: '两项之和的比值(派生指标) / ratio of two sums: a derived indicator, never published' },
  },
});

@Directive('@key(fields: "id")')
@ObjectType({
  description:
    '各部门按县按年报送的指标; 定义在各部门, 由目录统一列出 / An indicator a department reports per county and year',
})
export class Indicator {
  @Field(() => ID, { description: '稳定标识, 如 transport.roadUpgradeKmPerTownship' })
  id: string;

  @Field(() => String, { description: "中文名称 / Chinese name, in the document's words where it has them" })
  name: string;

  @Field(() => String, { description: '英文名称 / English name' })
  nameEn: string;

  @Field(() => String, { description: '口径说明 / what exactly is counted' })
  description: string;

  @Field(() => UnitEnum, { description: '计量单位 / unit of its values' })
  unit: UnitEnum;

  @Field(() => RollupKind, { description: '在市(州)、全省的汇总方式 / how it rolls up over counties' })
  rollup: RollupKind;

  @Field(() => Float, {
    nullable: true,
    description:
      '比值的倍数(倍, 百分比为100); 非比值指标为空 / scale of a ratio (100 for a percentage); null for other indicators',
  })
  scale: number | null;

  @Field(() => Boolean, { description: '是否由部门发布(否则由其他指标计算) / published, or derived from others' })
  published: boolean;

  @Field(() => Float, { nullable: true, description: '有效值下限(单位同指标) / lowest valid value, in its unit' })
  min: number | null;

  @Field(() => Float, { nullable: true, description: '有效值上限(单位同指标) / highest valid value, in its unit' })
  max: number | null;

  @Field(() => Boolean, { description: '是否只取整数 / whole numbers only' })
  integer: boolean;
}
