import { Arg, Directive, FieldResolver, Int, Resolver, Root } from '@fupin/kit/graphql';
import { requires, type Requires } from '../requires.js';
import type { AssessmentTypes } from '../types/assessment.types.js';
import type { EntityTypes } from '../types/entities.types.js';
import type { CountyRepresentation, Values } from '../values.js';
import { checkYear, yearArg } from '../year.js';

interface PrefectureRepresentation {
  code: string;
  assessedCounties?: readonly { code: string }[];
  province?: { assessedCounties?: readonly (CountyRepresentation | null)[] } | null;
}

export function createPrefectureAssessmentResolver(
  { Prefecture }: EntityTypes,
  { PrefectureAssessment }: AssessmentTypes,
  values: Values,
  selections: Requires,
) {
  @Resolver(() => Prefecture)
  class PrefectureAssessmentResolver {
    @Directive(requires(selections.prefecture))
    @FieldResolver(() => PrefectureAssessment, {
      description:
        '本市(州)有扶贫任务的非贫困县某年的考核汇总, 各县按全省名次 / the assessment of its non-poverty counties with tasks, ranked',
    })
    assessment(@Root() prefecture: PrefectureRepresentation, @Arg('year', () => Int, yearArg) year: number) {
      checkYear(year);
      const pool = values.assessPool(prefecture.province?.assessedCounties ?? [], year);
      const own = (prefecture.assessedCounties ?? []).flatMap((c) => pool.get(c.code) ?? []);
      return { prefecture: { code: prefecture.code }, ...values.toRollup(values.rollUp(own), year, pool.size) };
    }
  }
  return PrefectureAssessmentResolver;
}
