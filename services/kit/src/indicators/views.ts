import { Field, Float, Int, ObjectType } from '../graphql.js';
import { indicatorField, type DepartmentModel } from './definitions.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type TypeThunk = () => Function;

export interface ViewNames {
  /** `CountyFinance`: the per-county, per-year view. */
  county: string;
  /** `FinanceRollup`: the same figures summed over a prefecture or the province. */
  rollup: string;
  /** `省财政厅`: who publishes the figures, for the descriptions. */
  publisher: string;
}

/**
 * A department's typed views, made from its indicator definitions: one nullable field per
 * indicator (Int for whole numbers, Float otherwise), described with its Chinese name and unit,
 * plus the generic `rules` and `observations`. Front-end teams read the typed fields.
 */
export function createViewTypes(
  model: DepartmentModel,
  names: ViewNames,
  types: { ruleResult: TypeThunk; observation: TypeThunk; baselineCheck?: TypeThunk },
) {
  const CountyView = namedClass(names.county);
  const RollupView = namedClass(names.rollup);

  for (const view of [CountyView, RollupView]) {
    Field(() => Int, { description: '年份(年), 2018–2020 / the plan year of the figures' })(view.prototype, 'year');
    for (const indicator of model.indicators) {
      const type = indicator.integer ? Int : Float;
      const derived = indicator.rollup.kind === 'RATIO' ? ' (由其他指标计算 / derived)' : '';
      const rolled =
        view === RollupView
          ? ` 汇总方式 / rolls up as: ${indicator.rollup.kind === 'RATIO' ? 'ratio of sums' : indicator.rollup.kind.toLowerCase()}.`
          : '';
      Field(() => type, {
        nullable: true,
        description: `${indicator.name}(${unitLabel(indicator.unit)})${derived}: ${indicator.description} ${indicator.measure === null ? '总体目标 / overall targets' : `措施${indicator.measure}`}.${rolled}`,
      })(view.prototype, indicatorField(indicator));
    }
    Field(() => [types.ruleResult()], { description: '文件各项规则的结果 / the rules of the document, evaluated' })(
      view.prototype,
      'rules',
    );
    Field(() => Boolean, {
      description: '所示数值中是否含样例数据 / true when any figure shown is SAMPLE data, not published',
    })(view.prototype, 'sample');
  }
  Field(() => [types.observation()], {
    description: '本年各指标的当前值及其发布信息 / current value of each published indicator, with who and when',
  })(CountyView.prototype, 'observations');
  if (types.baselineCheck) {
    Field(() => [types.baselineCheck!()], {
      description:
        '本部门报送的存量数字与全省统一存量(County.stockPoorVillages / stockPoorPopulation)的核对 / the department’s counts of the stock set beside the one stock the poverty alleviation office holds',
    })(CountyView.prototype, 'baselineChecks');
  }
  Field(() => Int, {
    description:
      '报送了数据的县数(个): 本年报送县数最多的一项指标的县数 / counties reporting: how many counties reported the most-reported indicator this year',
  })(RollupView.prototype, 'countiesReporting');

  ObjectType(names.county, {
    description: `${names.publisher}发布的某县某年数据及规则结果 / ${names.publisher}'s figures for one county and year, with the rules`,
  })(CountyView);
  ObjectType(names.rollup, {
    description: `${names.publisher}数据在市(州)或全省的汇总, 在SQL中计算 / ${names.publisher}'s figures rolled up over a prefecture or the province`,
  })(RollupView);
  return { CountyView, RollupView };
}

function namedClass(name: string): new () => Record<string, unknown> {
  // A class of its own per view, named as the GraphQL type (what type-graphql registers).
  return { [name]: class {} }[name] as new () => Record<string, unknown>;
}

const UNIT_LABELS: Record<string, string> = {
  WAN_YUAN: '万元',
  YUAN: '元',
  KM: '公里',
  PERSONS: '人',
  PERCENT: '%',
  COUNT: '个',
  DAYS: '天',
};

export function unitLabel(unit: string): string {
  return UNIT_LABELS[unit] ?? unit;
}
