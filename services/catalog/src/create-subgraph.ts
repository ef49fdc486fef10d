import {
  createDepartmentParts,
  defineSubgraph,
  departmentManifest,
  referenceResolver,
  type Database,
  type DepartmentSpec,
  type DepartmentsManifest,
} from '@fupin/kit';
import { countyRegistry, nonPovertyCountiesWithTasks } from '@fupin/reference';
import {
  createAssessmentInputsResolver,
  CountyAssessmentInputsResolver,
  PrefectureAssessmentInputsResolver,
  ProvinceAssessmentInputsResolver,
  ProvinceAssessmentResolver,
  resolveProvinceAssessment,
} from './assessment/assessment.resolver.js';
import { createAssessmentInputsType } from './assessment/assessment.types.js';
import { migrations } from './db/migrations.js';
import { DepartmentResolver } from './department/department.resolver.js';
import { createCatalogLoaders, type CatalogContext } from './loaders.js';
import { GuaranteeResolver, MeasureGroupResolver, MeasureResolver } from './measure/measure.resolver.js';
import { PolicyResolver } from './policy/policy.resolver.js';
import {
  DepartmentIndicatorsResolver,
  IndicatorResolver,
  MeasureIndicatorsResolver,
  Rule,
  RuleResolver,
} from './indicator/indicator.resolver.js';
import { Indicator } from './indicator/indicator.type.js';
import { createCatalogue, toIndicator } from './indicator/registry.js';
import { Measure } from './measure/measure.type.js';
import { progressModel } from './progress/model.js';
import { generateProgress } from './progress/sample.js';
import { County, Prefecture, Province } from './region/region.types.js';
import { CountyResolver, HUBEI, PrefectureResolver, ProvinceResolver } from './region/region.resolver.js';

/**
 * 省扶贫办's own figures, progress against the overall targets (villages exited, people lifted
 * out), published like any department's: `County.progress(year)` and its roll-ups.
 */
const progressSpec: DepartmentSpec = {
  name: 'catalog',
  defaultPort: 4001,
  publisher: '省扶贫办',
  viewField: 'progress',
  viewTypes: { county: 'CountyProgress', rollup: 'ProgressRollup' },
  model: progressModel,
  sample: { counties: nonPovertyCountiesWithTasks, generate: generateProgress },
  counties: countyRegistry,
  publishers: { 'poverty-office': [null] },
};

/**
 * 省扶贫办's subgraph: the document, its measures, the departments it names and the regions, with
 * the catalogue of every department's indicators and rules and the county once per department
 * for the assessment (`AssessmentInputs`), both from `manifest`, the departments artefact that
 * `npm run compose` writes (`schema/departments.json`): the catalog imports no department.
 *
 * type-graphql keeps what it learns of a class when it first builds a schema with it, so build one
 * catalog per process: `catalogSubgraph`, or one made from another manifest (a test, compose).
 */
export function createCatalogSubgraph(manifest: DepartmentsManifest) {
  const catalogue = createCatalogue(departmentManifest(progressSpec), manifest);
  const inputs = createAssessmentInputsType(catalogue.others);
  const AssessmentInputsResolver = createAssessmentInputsResolver(inputs);
  const progress = createDepartmentParts(progressSpec, {
    County,
    Prefecture,
    Province,
    Measure,
    Indicator,
    Rule,
    indicatorRef: (id) => {
      const entry = catalogue.indicatorById.get(id);
      return entry ? toIndicator(entry) : { id };
    },
  });

  return defineSubgraph({
    name: 'catalog',
    dbSchema: 'catalog',
    defaultPort: 4001,
    migrations: [...migrations, ...progress.migrations],
    resolvers: [
      ...progress.resolvers,
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
      CountyAssessmentInputsResolver,
      AssessmentInputsResolver,
      PrefectureAssessmentInputsResolver,
      ProvinceAssessmentInputsResolver,
      ProvinceAssessmentResolver,
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
      ProvinceAssessment: { __resolveReference: resolveProvinceAssessment },
    },
    createLoaders: (database: Database) => ({
      ...createCatalogLoaders(database, catalogue),
      ...progress.createLoaders(database),
    }),
    departments: [progress.manifest],
  });
}
