import { createResultTypes, createRuleType } from '@fupin/kit';
import { Directive, Field, ID, Int, ObjectType } from '@fupin/kit/graphql';
import type { Sources } from '../sources.js';

/*
 * The catalog's and the departments' entities as the assessment sees them: their keys, and as
 * `@external` the argument-free fields its `@requires` read. The assessment owns none of them.
 *
 * Which departments' results the county carries comes from the departments artefact, so the
 * types are made for the sources given: type-graphql registers every class it decorates, and a
 * class with another artefact's fields must be another class.
 */
export function createEntityTypes(sources: Sources) {
  @Directive('@key(fields: "number", resolvable: false)')
  @ObjectType('Measure')
  class Measure {
    @Field(() => Int)
    number: number;
  }

  @Directive('@key(fields: "id", resolvable: false)')
  @ObjectType('Indicator')
  class Indicator {
    @Field(() => ID)
    id: string;
  }

  @Directive('@key(fields: "id", resolvable: false)')
  @ObjectType('Department')
  class Department {
    @Field(() => ID)
    id: string;
  }

  /** The departments' shareable `Rule` and `RuleResult`, as every department returns them. */
  const Rule = createRuleType(
    () => Measure,
    () => Indicator,
  );
  const { RuleResult } = createResultTypes(
    () => Rule,
    () => Indicator,
    () => County,
  );

  /** The catalog's plumbing for `@requires`: the county once per department subgraph. */
  const AssessmentInputs = { AssessmentInputs: class {} }.AssessmentInputs;
  for (const source of sources.list) {
    Directive('@external')(AssessmentInputs.prototype, source.field);
    Field(() => County)(AssessmentInputs.prototype, source.field);
  }
  Directive('@inaccessible')(AssessmentInputs);
  ObjectType('AssessmentInputs')(AssessmentInputs);

  @Directive('@key(fields: "code")')
  @ObjectType('County')
  class County {
    @Field(() => ID)
    code: string;

    assessmentInputs?: Record<string, unknown>;
    peers?: County[];
  }
  // Nullable, as the departments declare them: a department that is down yields no list.
  for (const source of sources.list) {
    Directive('@external')(County.prototype, source.resultsField);
    Field(() => [RuleResult], { nullable: true })(County.prototype, source.resultsField);
  }
  Directive('@external')(County.prototype, 'assessmentInputs');
  Field(() => AssessmentInputs)(County.prototype, 'assessmentInputs');
  Directive('@external')(County.prototype, 'peers');
  Field(() => [County])(County.prototype, 'peers');

  @Directive('@key(fields: "code", resolvable: false)')
  @ObjectType('Province')
  class Province {
    @Field(() => ID)
    code: string;

    @Directive('@external')
    @Field(() => [County])
    assessedCounties?: County[];
  }

  @Directive('@key(fields: "code")')
  @ObjectType('Prefecture')
  class Prefecture {
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
  class ProvinceAssessment {
    @Field(() => Int)
    year: number;

    @Directive('@external')
    @Field(() => [County])
    assessedCounties?: County[];
  }

  return {
    Measure,
    Indicator,
    Department,
    Rule,
    RuleResult,
    AssessmentInputs,
    County,
    Province,
    Prefecture,
    ProvinceAssessment,
  };
}

export type EntityTypes = ReturnType<typeof createEntityTypes>;
