import { Directive, Field, Float, Int, ObjectType } from '../graphql.js';
import {
  BASELINE_TOLERANCE,
  indicatorField,
  type Baseline,
  type DepartmentModel,
  type IndicatorDefinition,
} from './definitions.js';
import type { EntityClass, IndicatorRef } from './department.spec.js';
import type { ViewValue } from './department.view.js';
import { roundTo } from './evaluate.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type TypeThunk = () => Function;

/**
 * A department's count of the document's stock (`baseline`) set beside the one stock the catalog
 * holds (`County.stockPoorVillages`, `County.stockPoorPopulation`), which the view `@requires`:
 * the department's denominators and the progress then rest on the same stock, or the view says
 * where they do not.
 */
export const STOCK_FIELDS: Record<Baseline, 'stockPoorVillages' | 'stockPoorPopulation'> = {
  STOCK_POOR_VILLAGES: 'stockPoorVillages',
  STOCK_POOR_POPULATION: 'stockPoorPopulation',
};

/** The `@requires` of a county view whose department restates the stock. */
export const STOCK_REQUIRES = `@requires(fields: "${Object.values(STOCK_FIELDS).join(' ')}")`;

/** The model's indicators that restate the stock. */
export function baselineIndicators(model: DepartmentModel): IndicatorDefinition[] {
  return model.indicators.filter((i) => i.baseline !== undefined);
}

/** The county as the gateway sends it to a view that `@requires` the stock. */
export type CountyWithStock = { code: string } & Partial<Record<(typeof STOCK_FIELDS)[Baseline], number | null>>;

/** One baseline check of a county view: the department's figure, the stock, and whether they agree. */
export function baselineChecks(
  model: DepartmentModel,
  view: ViewValue,
  county: CountyWithStock,
  indicatorRef: IndicatorRef,
) {
  return baselineIndicators(model).map((indicator) => {
    const value = (view[indicatorField(indicator)] as number | null | undefined) ?? null;
    const stock = county[STOCK_FIELDS[indicator.baseline!]] ?? null;
    const difference = value === null || stock === null ? null : roundTo(value - stock, 6);
    const withinTolerance =
      difference === null ? null : Math.abs(difference) <= BASELINE_TOLERANCE * Math.max(stock!, 0) + 1e-9;
    return {
      indicator: indicatorRef(indicator.id),
      baseline: indicator.baseline!,
      value,
      stock,
      difference,
      tolerance: BASELINE_TOLERANCE * 100,
      withinTolerance,
    };
  });
}

/**
 * Makes a department's `County` stub carry the stock as `@external` fields, for the view's
 * `@requires`: the catalog resolves them, the department only reads them from the representation.
 */
export function externalStockFields(County: EntityClass) {
  for (const field of Object.values(STOCK_FIELDS)) {
    Directive('@external')(County.prototype, field);
    Field(() => Int, { nullable: true })(County.prototype, field);
  }
}

/** `BaselineCheck`, shared by every department that restates the stock. */
export function createBaselineCheckType(indicatorType: TypeThunk) {
  @Directive('@shareable')
  @ObjectType('BaselineCheck', {
    description:
      '部门报送的存量数字与全省统一存量(省扶贫办)的核对 / a department’s count of the stock set beside the one stock the poverty alleviation office holds',
  })
  class BaselineCheck {
    @Field(indicatorType, { description: '部门的存量指标 / the department’s indicator that restates the stock' })
    indicator: unknown;

    @Field(() => String, {
      description:
        '所核对的存量: STOCK_POOR_VILLAGES(存量贫困村)或 STOCK_POOR_POPULATION(存量贫困人口) / which stock it restates',
    })
    baseline: string;

    @Field(() => Float, {
      nullable: true,
      description:
        '部门报送的数字(单位同指标); 未报送为空 / the department’s figure, in the indicator’s unit; null when not reported',
    })
    value: number | null;

    @Field(() => Int, {
      nullable: true,
      description:
        '统一存量(单位同指标: 个或人), 即 County 上的同名数字; 未知为空 / the one stock, in the indicator’s unit (villages or people), as on County; null when unknown',
    })
    stock: number | null;

    @Field(() => Float, {
      nullable: true,
      description: '部门数字减统一存量(单位同指标) / the department’s figure minus the stock, in the indicator’s unit',
    })
    difference: number | null;

    @Field(() => Float, {
      description: '容差(%): 差额不超过存量的这一比例即视为一致 / the tolerance, a share of the stock in %',
    })
    tolerance: number;

    @Field(() => Boolean, {
      nullable: true,
      description:
        '是否在容差内; 否则本部门以此为分母的规则所用存量与全省不一致, 应核实; 任一数字缺失为空 / whether within the tolerance: if not, the rules that divide by it rest on another stock than the province’s, to be checked; null when either is missing',
    })
    withinTolerance: boolean | null;
  }
  return BaselineCheck;
}
