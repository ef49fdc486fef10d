import { Directive, FieldResolver, Float, Int, Resolver, Root } from '@fupin/kit/graphql';
import { PROVINCE_REQUIRES, requires } from '../requires.js';
import { rollUp } from '../score.js';
import { Assessment, MeasureRollup, ROLLUP } from '../types/assessment.types.js';
import { Department, ProvinceAssessment } from '../types/entities.types.js';
import { assessPool, toRollup, type CountyRepresentation } from '../values.js';

interface ProvinceAssessmentRepresentation {
  year: number;
  assessedCounties?: readonly (CountyRepresentation | null)[];
}

type ProvinceRollup = ReturnType<typeof toRollup>;
const computed = new WeakMap<ProvinceAssessmentRepresentation, ProvinceRollup>();

/** The province's roll-up, computed once per entity however many of its fields are asked for. */
function provinceRollup(assessment: ProvinceAssessmentRepresentation): ProvinceRollup {
  let rollup = computed.get(assessment);
  if (!rollup) {
    const pool = assessPool(assessment.assessedCounties ?? [], assessment.year);
    rollup = toRollup(rollUp([...pool.values()]), assessment.year, pool.size);
    computed.set(assessment, rollup);
  }
  return rollup;
}

const PROVINCE = requires(PROVINCE_REQUIRES);

@Resolver(() => ProvinceAssessment)
export class ProvinceAssessmentResolver {
  @Directive(PROVINCE)
  @FieldResolver(() => [Assessment], {
    description: '全部参加考核的县, 按名次 / every county assessed, best first',
  })
  counties(@Root() root: ProvinceAssessmentRepresentation) {
    return provinceRollup(root).counties;
  }

  @Directive(PROVINCE)
  @FieldResolver(() => [MeasureRollup], { description: '各措施在全省的汇总 / every measure over the province' })
  measures(@Root() root: ProvinceAssessmentRepresentation) {
    return provinceRollup(root).measures;
  }

  @Directive(PROVINCE)
  @FieldResolver(() => Float, { nullable: true, description: ROLLUP.meanScore })
  meanScore(@Root() root: ProvinceAssessmentRepresentation) {
    return provinceRollup(root).meanScore;
  }

  @Directive(PROVINCE)
  @FieldResolver(() => Float, { nullable: true, description: ROLLUP.shareOfRulesMet })
  shareOfRulesMet(@Root() root: ProvinceAssessmentRepresentation) {
    return provinceRollup(root).shareOfRulesMet;
  }

  @Directive(PROVINCE)
  @FieldResolver(() => Int, { description: ROLLUP.rulesAssessed })
  rulesAssessed(@Root() root: ProvinceAssessmentRepresentation) {
    return provinceRollup(root).rulesAssessed;
  }

  @Directive(PROVINCE)
  @FieldResolver(() => Int, { description: ROLLUP.rulesMet })
  rulesMet(@Root() root: ProvinceAssessmentRepresentation) {
    return provinceRollup(root).rulesMet;
  }

  @Directive(PROVINCE)
  @FieldResolver(() => Boolean, { description: ROLLUP.complete })
  complete(@Root() root: ProvinceAssessmentRepresentation) {
    return provinceRollup(root).complete;
  }

  @Directive(PROVINCE)
  @FieldResolver(() => [Department], { description: ROLLUP.unavailableDepartments })
  unavailableDepartments(@Root() root: ProvinceAssessmentRepresentation) {
    return provinceRollup(root).unavailableDepartments;
  }
}
