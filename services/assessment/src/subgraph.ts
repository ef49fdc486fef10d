import { defineSubgraph } from '@fupin/kit';
import { CountyAssessmentResolver } from './resolvers/county.resolver.js';
import { MeasureAssessmentResolver } from './resolvers/measure-assessment.resolver.js';
import { PrefectureAssessmentResolver } from './resolvers/prefecture.resolver.js';
import { ProvinceAssessmentResolver } from './resolvers/province-assessment.resolver.js';
import { County, Prefecture, ProvinceAssessment } from './types/entities.types.js';

// The gateway sends each entity with what `@requires` asked for; that is all there is to resolve.
const identity = { __resolveReference: (reference: object) => reference };

/**
 * 省扶贫攻坚领导小组's assessment (考核评估, guarantee 五): scores, ranks and shortfalls of the
 * non-poverty counties, computed from the departments' rule results, which reach it through the
 * gateway's query plan (`@requires`). It stores nothing.
 */
export const assessmentSubgraph = defineSubgraph({
  name: 'assessment',
  dbSchema: 'assessment',
  defaultPort: 4008,
  migrations: [],
  resolvers: [
    CountyAssessmentResolver,
    PrefectureAssessmentResolver,
    ProvinceAssessmentResolver,
    MeasureAssessmentResolver,
  ],
  // Reached by no query of the assessment's own: the gateway enters through `_entities`.
  orphanedTypes: [County, Prefecture, ProvinceAssessment],
  referenceResolvers: { County: identity, Prefecture: identity, ProvinceAssessment: identity },
  createLoaders: () => ({}),
});
