import type { DepartmentModel, RuleDefinition, Unit } from '@fupin/kit';
import { educationModel } from '@fupin/education/model';
import { financeModel } from '@fupin/finance/model';
import { financeInsuranceModel } from '@fupin/finance-insurance/model';
import { healthModel } from '@fupin/health/model';
import { departments, measures } from '@fupin/reference';
import { transportModel } from '@fupin/transport/model';
import { waterModel } from '@fupin/water/model';

/**
 * A department subgraph the assessment reads: its field of the catalog's `AssessmentInputs`
 * (`County.assessmentInputs.<field>`), through which the gateway fetches its
 * `County.<field>RuleResults`. The model says which measures its rules cover in a year, which is
 * what the assessment marks UNAVAILABLE when the subgraph does not answer; the figures themselves
 * only ever arrive through the gateway.
 */
export interface DepartmentSource {
  field: SourceField;
  subgraph: string;
  model: DepartmentModel;
}

export const SOURCE_FIELDS = ['finance', 'transport', 'water', 'education', 'health', 'financeInsurance'] as const;
export type SourceField = (typeof SOURCE_FIELDS)[number];

export const SOURCES: readonly DepartmentSource[] = [
  { field: 'finance', subgraph: 'finance', model: financeModel },
  { field: 'transport', subgraph: 'transport', model: transportModel },
  { field: 'water', subgraph: 'water', model: waterModel },
  { field: 'education', subgraph: 'education', model: educationModel },
  { field: 'health', subgraph: 'health', model: healthModel },
  { field: 'financeInsurance', subgraph: 'finance-insurance', model: financeInsuranceModel },
];

/** The field of `County` that carries a source's rule results: `financeRuleResults`. */
export const resultsField = (field: SourceField) => `${field}RuleResults` as const;

/**
 * Who answers for a measure's figures: its lead unit (牵头单位), or its first responsible unit
 * (责任单位) where the document names no lead.
 */
export function departmentOf(measure: number): string | null {
  const record = measures.find((m) => m.number === measure);
  return record?.leadDepartmentIds[0] ?? record?.responsibleDepartmentIds[0] ?? null;
}

export function departmentName(id: string): string {
  return departments.find((d) => d.id === id)?.name ?? id;
}

/** The measures a source's rules cover in a year, in the document's order. */
export function measuresOf(source: DepartmentSource, year: number): number[] {
  const numbers = source.model.rules
    .filter((rule) => rule.years.includes(year) && rule.measure !== null)
    .map((rule) => rule.measure as number);
  return [...new Set(numbers)].sort((a, b) => a - b);
}

export interface RuleEntry {
  rule: RuleDefinition;
  unit: Unit;
  source: DepartmentSource;
}

/** Every rule of the six departments, by id, with the unit of the figure it reads. */
export const ruleById: ReadonlyMap<string, RuleEntry> = new Map(
  SOURCES.flatMap((source) =>
    source.model.rules.map((rule) => {
      const indicator = source.model.indicators.find((i) => i.id === rule.indicator);
      if (!indicator)
        throw new Error(`rule ${rule.id} reads ${rule.indicator}, which ${source.subgraph} does not define`);
      return [rule.id, { rule, unit: indicator.unit, source }] as const;
    }),
  ),
);
