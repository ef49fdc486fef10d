import { FieldResolver, Resolver, Root } from '@fupin/kit/graphql';
import type { AssessmentTypes } from '../types/assessment.types.js';
import type { EntityTypes } from '../types/entities.types.js';
import type { MeasureAssessmentValue, Values } from '../values.js';

export function createMeasureAssessmentResolver(
  { RuleResult }: EntityTypes,
  { MeasureAssessment }: AssessmentTypes,
  values: Values,
) {
  @Resolver(() => MeasureAssessment)
  class MeasureAssessmentResolver {
    @FieldResolver(() => [RuleResult], {
      nullable: true,
      description:
        '各规则的结果(含不适用的, 见 reason), 来自负责部门; 部门未应答时为空, 并报 DEPARTMENT_UNAVAILABLE 错误 / the results of its ' +
        'rules (NOT_APPLICABLE ones included, with their reason), from the department; null with a DEPARTMENT_UNAVAILABLE error when it did not answer',
    })
    rules(@Root() measure: MeasureAssessmentValue) {
      if (measure.status === 'UNAVAILABLE') throw values.departmentUnavailable(measure);
      return (measure.results ?? []).map(values.toRuleResult);
    }
  }
  return MeasureAssessmentResolver;
}
