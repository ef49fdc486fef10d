import { defineSubgraph, type DepartmentsManifest } from '@fupin/kit';
import { createRequires } from './requires.js';
import { createCountyAssessmentResolver } from './resolvers/county.resolver.js';
import { createMeasureAssessmentResolver } from './resolvers/measure-assessment.resolver.js';
import { createPrefectureAssessmentResolver } from './resolvers/prefecture.resolver.js';
import { createProvinceAssessmentResolver } from './resolvers/province-assessment.resolver.js';
import { createSources } from './sources.js';
import { createAssessmentTypes } from './types/assessment.types.js';
import { createEntityTypes } from './types/entities.types.js';
import { createValues } from './values.js';

// The gateway sends each entity with what `@requires` asked for; that is all there is to resolve.
const identity = { __resolveReference: (reference: object) => reference };

/**
 * 省扶贫攻坚领导小组's assessment (考核评估, guarantee 五): scores, ranks and shortfalls of the
 * non-poverty counties, computed from the departments' rule results, which reach it through the
 * gateway's query plan (`@requires`). It stores nothing.
 *
 * Which departments it reads — every department of `manifest` with rules on a measure — comes
 * from the departments artefact that `npm run compose` writes (`schema/departments.json`): the
 * `@external` fields of its County and `AssessmentInputs`, its `@requires` selections and the
 * models it scores with. It imports no department.
 *
 * type-graphql keeps what it learns of a class when it first builds a schema with it, and every
 * call makes its own classes, so any number of assessments may be built in one process.
 */
export function createAssessmentSubgraph(manifest: DepartmentsManifest) {
  const sources = createSources(manifest);
  if (sources.list.length === 0) {
    throw new Error('the departments artefact lists no department with rules on a measure: nothing to assess');
  }
  const entities = createEntityTypes(sources);
  const types = createAssessmentTypes(entities);
  const values = createValues(sources);
  const selections = createRequires(sources);
  return defineSubgraph({
    name: 'assessment',
    dbSchema: 'assessment',
    defaultPort: 4008,
    migrations: [],
    // Its requests are the gateway's representations, not a client's: each county asked for
    // carries its 60 peers' results of every plan year (about 280 KB), so a prefecture's eight are
    // over the 2 MiB a client's body may have. 32 MiB holds all 60 counties. Until a county no
    // longer carries its peers (the issue "The assessment as the leading group runs it").
    defaultMaxBodyBytes: 32 * 1024 * 1024,
    resolvers: [
      createCountyAssessmentResolver(entities, types, values, selections),
      createPrefectureAssessmentResolver(entities, types, values, selections),
      createProvinceAssessmentResolver(entities, types, values, selections),
      createMeasureAssessmentResolver(entities, types, values),
    ],
    // Reached by no query of the assessment's own: the gateway enters through `_entities`.
    orphanedTypes: [entities.County, entities.Prefecture, entities.ProvinceAssessment],
    referenceResolvers: { County: identity, Prefecture: identity, ProvinceAssessment: identity },
    createLoaders: () => ({}),
  });
}
