import { Arg, Directive, FieldResolver, Int, Resolver, Root } from '@fupin/kit/graphql';
import { requires, type Requires } from '../requires.js';
import type { AssessmentTypes } from '../types/assessment.types.js';
import type { EntityTypes } from '../types/entities.types.js';
import type { CountyRepresentation, Values } from '../values.js';
import { checkYear, yearArg } from '../year.js';

export function createCountyAssessmentResolver(
  { County }: EntityTypes,
  { Assessment }: AssessmentTypes,
  values: Values,
  selections: Requires,
) {
  @Resolver(() => County)
  class CountyAssessmentResolver {
    @Directive(requires(selections.county))
    @FieldResolver(() => Assessment, {
      nullable: true,
      description:
        '本县某年的考核评估; 不参加考核的县(贫困县、无扶贫任务)为空 / the assessment of the county for a year; ' +
        'null for a county the guideline does not assess (a poverty county, or one without tasks)',
    })
    assessment(@Root() county: CountyRepresentation, @Arg('year', () => Int, yearArg) year: number) {
      checkYear(year);
      const peers = county.peers ?? [];
      if (!peers.some((peer) => peer?.code === county.code)) return null;
      const own = values.scoreCounty(county, year);
      const pool = values.assessPool(peers, year);
      return values.toAssessment(own, pool.get(county.code)?.rank ?? null, pool.size);
    }
  }
  return CountyAssessmentResolver;
}
