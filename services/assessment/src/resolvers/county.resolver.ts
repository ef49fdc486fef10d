import { Arg, Directive, FieldResolver, Int, Resolver, Root } from '@fupin/kit/graphql';
import { COUNTY_REQUIRES, requires } from '../requires.js';
import { scoreCounty } from '../score.js';
import { Assessment } from '../types/assessment.types.js';
import { County } from '../types/entities.types.js';
import { assessPool, readInputs, toAssessment, type CountyRepresentation } from '../values.js';
import { checkYear, yearArg } from '../year.js';

@Resolver(() => County)
export class CountyAssessmentResolver {
  @Directive(requires(COUNTY_REQUIRES))
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
    const own = scoreCounty(county.code, readInputs(county), year);
    const pool = assessPool(peers, year);
    return toAssessment(own, pool.get(county.code)?.rank ?? null, pool.size);
  }
}
