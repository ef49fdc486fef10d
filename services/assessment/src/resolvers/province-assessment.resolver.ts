import { Directive, FieldResolver, Float, Int, Resolver, Root } from '@fupin/kit/graphql';
import { requires, type Requires } from '../requires.js';
import { ROLLUP, type AssessmentTypes } from '../types/assessment.types.js';
import type { EntityTypes } from '../types/entities.types.js';
import type { CountyRepresentation, Values } from '../values.js';

interface ProvinceAssessmentRepresentation {
  year: number;
  assessedCounties?: readonly (CountyRepresentation | null)[];
}

export function createProvinceAssessmentResolver(
  { Department, ProvinceAssessment }: EntityTypes,
  { Assessment, MeasureRollup }: AssessmentTypes,
  values: Values,
  selections: Requires,
) {
  type ProvinceRollup = ReturnType<Values['toRollup']>;
  const computed = new WeakMap<ProvinceAssessmentRepresentation, ProvinceRollup>();

  /** The province's roll-up, computed once per entity however many of its fields are asked for. */
  function provinceRollup(assessment: ProvinceAssessmentRepresentation): ProvinceRollup {
    let rollup = computed.get(assessment);
    if (!rollup) {
      const pool = values.assessPool(assessment.assessedCounties ?? [], assessment.year);
      rollup = values.toRollup(values.rollUp([...pool.values()]), assessment.year, pool.size);
      computed.set(assessment, rollup);
    }
    return rollup;
  }

  const PROVINCE = requires(selections.province);

  @Resolver(() => ProvinceAssessment)
  class ProvinceAssessmentResolver {
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

    @Directive(PROVINCE)
    @FieldResolver(() => Boolean, { description: ROLLUP.sample })
    sample(@Root() root: ProvinceAssessmentRepresentation) {
      return provinceRollup(root).sample;
    }
  }
  return ProvinceAssessmentResolver;
}
