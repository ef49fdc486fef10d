import { defineSubgraph, referenceResolver } from '@fupin/kit';
import { migrations } from './db/migrations.js';
import { DepartmentResolver } from './department/department.resolver.js';
import { createCatalogLoaders, type CatalogContext } from './loaders.js';
import { GuaranteeResolver, MeasureGroupResolver, MeasureResolver } from './measure/measure.resolver.js';
import { PolicyResolver } from './policy/policy.resolver.js';
import {
  DepartmentIndicatorsResolver,
  IndicatorResolver,
  MeasureIndicatorsResolver,
  RuleResolver,
} from './indicator/indicator.resolver.js';
import { CountyResolver, HUBEI, PrefectureResolver, ProvinceResolver } from './region/region.resolver.js';

/** 省扶贫办's subgraph: the document, its measures, the departments it names and the regions. */
export const catalogSubgraph = defineSubgraph({
  name: 'catalog',
  dbSchema: 'catalog',
  defaultPort: 4001,
  migrations,
  resolvers: [
    PolicyResolver,
    MeasureResolver,
    MeasureGroupResolver,
    GuaranteeResolver,
    DepartmentResolver,
    PrefectureResolver,
    CountyResolver,
    ProvinceResolver,
    IndicatorResolver,
    RuleResolver,
    MeasureIndicatorsResolver,
    DepartmentIndicatorsResolver,
  ],
  referenceResolvers: {
    County: referenceResolver(
      (ctx: CatalogContext) => ctx.loaders.county,
      (ref: { code: string }) => ref.code,
    ),
    Prefecture: referenceResolver(
      (ctx: CatalogContext) => ctx.loaders.prefecture,
      (ref: { code: string }) => ref.code,
    ),
    Measure: referenceResolver(
      (ctx: CatalogContext) => ctx.loaders.measure,
      (ref: { number: number }) => ref.number,
    ),
    MeasureGroup: referenceResolver(
      (ctx: CatalogContext) => ctx.loaders.measureGroup,
      (ref: { id: string }) => ref.id,
    ),
    Indicator: referenceResolver(
      (ctx: CatalogContext) => ctx.loaders.indicator,
      (ref: { id: string }) => ref.id,
    ),
    // There is one province: its key is all there is to look up.
    Province: { __resolveReference: (ref: { code: string }) => (ref.code === HUBEI.code ? HUBEI : null) },
    Department: referenceResolver(
      (ctx: CatalogContext) => ctx.loaders.department,
      (ref: { id: string }) => ref.id,
    ),
  },
  createLoaders: createCatalogLoaders,
});
