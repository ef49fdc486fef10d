import { createResultTypes, createRuleType } from '@fupin/kit';
import { Directive, Field, ID, Int, ObjectType } from '@fupin/kit/graphql';

/*
 * The catalog's and the departments' entities as the assessment sees them: their keys, and as
 * `@external` the argument-free fields its `@requires` read. The assessment owns none of them.
 */

@Directive('@key(fields: "number", resolvable: false)')
@ObjectType('Measure')
export class Measure {
  @Field(() => Int)
  number: number;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Indicator')
export class Indicator {
  @Field(() => ID)
  id: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Department')
export class Department {
  @Field(() => ID)
  id: string;
}

/** The departments' shareable `Rule` and `RuleResult`, as every department returns them. */
export const Rule = createRuleType(
  () => Measure,
  () => Indicator,
);
export const { RuleResult } = createResultTypes(
  () => Rule,
  () => Indicator,
  () => County,
);

/** The catalog's plumbing for `@requires`: the county once per department subgraph. */
@Directive('@inaccessible')
@ObjectType('AssessmentInputs')
export class AssessmentInputs {
  @Directive('@external')
  @Field(() => County)
  finance: County;

  @Directive('@external')
  @Field(() => County)
  transport: County;

  @Directive('@external')
  @Field(() => County)
  water: County;

  @Directive('@external')
  @Field(() => County)
  education: County;

  @Directive('@external')
  @Field(() => County)
  health: County;

  @Directive('@external')
  @Field(() => County)
  financeInsurance: County;
}

// Nullable, as the departments declare them: a department that is down yields no list.
const results = () => ({ nullable: true as const });

@Directive('@key(fields: "code")')
@ObjectType('County')
export class County {
  @Field(() => ID)
  code: string;

  @Directive('@external')
  @Field(() => [RuleResult], results())
  financeRuleResults?: unknown[] | null;

  @Directive('@external')
  @Field(() => [RuleResult], results())
  transportRuleResults?: unknown[] | null;

  @Directive('@external')
  @Field(() => [RuleResult], results())
  waterRuleResults?: unknown[] | null;

  @Directive('@external')
  @Field(() => [RuleResult], results())
  educationRuleResults?: unknown[] | null;

  @Directive('@external')
  @Field(() => [RuleResult], results())
  healthRuleResults?: unknown[] | null;

  @Directive('@external')
  @Field(() => [RuleResult], results())
  financeInsuranceRuleResults?: unknown[] | null;

  @Directive('@external')
  @Field(() => AssessmentInputs)
  assessmentInputs?: AssessmentInputs;

  @Directive('@external')
  @Field(() => [County])
  peers?: County[];
}

@Directive('@key(fields: "code", resolvable: false)')
@ObjectType('Province')
export class Province {
  @Field(() => ID)
  code: string;

  @Directive('@external')
  @Field(() => [County])
  assessedCounties?: County[];
}

@Directive('@key(fields: "code")')
@ObjectType('Prefecture')
export class Prefecture {
  @Field(() => ID)
  code: string;

  @Directive('@external')
  @Field(() => [County])
  assessedCounties?: County[];

  @Directive('@external')
  @Field(() => Province)
  province?: Province;
}

/** The catalog's entry point of the province's assessment; the assessment adds its figures. */
@Directive('@key(fields: "year")')
@ObjectType('ProvinceAssessment')
export class ProvinceAssessment {
  @Field(() => Int)
  year: number;

  @Directive('@external')
  @Field(() => [County])
  assessedCounties?: County[];
}
