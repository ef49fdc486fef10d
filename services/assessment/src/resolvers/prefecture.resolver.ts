import { Arg, Directive, FieldResolver, Int, Resolver, Root } from '@fupin/kit/graphql';
import { PREFECTURE_REQUIRES, requires } from '../requires.js';
import { rollUp } from '../score.js';
import { PrefectureAssessment } from '../types/assessment.types.js';
import { Prefecture } from '../types/entities.types.js';
import { assessPool, toRollup, type CountyRepresentation } from '../values.js';
import { checkYear, yearArg } from '../year.js';

interface PrefectureRepresentation {
  code: string;
  assessedCounties?: readonly { code: string }[];
  province?: { assessedCounties?: readonly (CountyRepresentation | null)[] } | null;
}

@Resolver(() => Prefecture)
export class PrefectureAssessmentResolver {
  @Directive(requires(PREFECTURE_REQUIRES))
  @FieldResolver(() => PrefectureAssessment, {
    description:
      '本市(州)有扶贫任务的非贫困县某年的考核汇总, 各县按全省名次 / the assessment of its non-poverty counties with tasks, ranked',
  })
  assessment(@Root() prefecture: PrefectureRepresentation, @Arg('year', () => Int, yearArg) year: number) {
    checkYear(year);
    const pool = assessPool(prefecture.province?.assessedCounties ?? [], year);
    const own = (prefecture.assessedCounties ?? []).flatMap((c) => pool.get(c.code) ?? []);
    return { prefecture: { code: prefecture.code }, ...toRollup(rollUp(own), year, pool.size) };
  }
}
