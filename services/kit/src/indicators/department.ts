import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../context.js';
import type { Database } from '../db/database.js';
import type { Migration } from '../db/migrate.js';
import { requirePublisher, type Principal } from '../auth/index.js';
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from '../graphql.js';
import { defineSubgraph, type SubgraphDefinition } from '../subgraph.js';
import {
  checkDepartmentModel,
  indicatorField,
  isPublished,
  PLAN_YEARS,
  type DepartmentModel,
  type IndicatorDefinition,
  type RuleDefinition,
} from './definitions.js';
import { evaluateRule, indicatorValue, round, type ValueOf } from './evaluate.js';
import { createEntityStubs, createResultTypes, createRuleType } from './model.types.js';
import {
  auditAggregationMigration,
  loadAuditLog,
  publishBatch,
  publishingMigration,
  publishingTables,
  recordRefusedAttempt,
} from './publish.js';
import { createPublishTypes } from './publish.types.js';
import type { CountyRegistry } from './validate.js';
import { sampleMigration, type SampleCounty, type SampleGenerator } from './sample.js';
import {
  loadCurrentObservations,
  loadHistories,
  loadRatioRollups,
  loadRollups,
  loadYearOverYearRollups,
  observationMigrations,
  observationTables,
  prefectureOf,
  type ObservationRow,
  type ObservationTables,
  type RatioRollupRow,
  type RollupRow,
  type YearOverYearRow,
} from './store.js';
import { departmentManifest } from './manifest.js';
import { createViewTypes } from './views.js';

export interface DepartmentSpec {
  /** Subgraph and PostgreSQL schema name, and the prefix of its ids: `finance`, `finance_insurance`… */
  name: string;
  dbSchema?: string;
  defaultPort: number;
  /** Who publishes, in Chinese: `省财政厅`. */
  publisher: string;
  /** The field on County, Prefecture and Province: `finance` → `County.finance(year)`. */
  viewField: string;
  /** The views' type names: `CountyFinance`, `FinanceRollup`. */
  viewTypes: { county: string; rollup: string };
  model: DepartmentModel;
  sample: { counties: readonly SampleCounty[]; generate: SampleGenerator };
  /** The counties a publisher may name (those with tasks), and old codes. */
  counties: CountyRegistry;
  /**
   * Which departments publish here, and the measures each leads: a department publishes only
   * its own indicators. Default: the subgraph's own department, for every measure of the model.
   */
  publishers?: Readonly<Record<string, readonly (number | null)[]>>;
}

export type DepartmentLoaders = ReturnType<typeof createDepartmentLoaders>;
type DepartmentContext = RequestContext<DepartmentLoaders>;

/** A department's figures for one place and year, shaped as its typed view. */
export type ViewValue = Record<string, unknown> & { year: number };

/**
 * A department subgraph from its model: typed views on County, Prefecture and Province, rule
 * results, the observation store with its history, sample data, and batched loading. A
 * department's folder is then its indicators, its rules and its sample generator.
 */
export function defineDepartment(spec: DepartmentSpec): SubgraphDefinition<DepartmentLoaders> & {
  tables: ObservationTables;
} {
  const stubs = createEntityStubs();
  const parts = createDepartmentParts(spec, stubs);
  const identity = { __resolveReference: (reference: { code: string }) => reference };
  return {
    ...defineSubgraph({
      name: spec.name,
      dbSchema: parts.dbSchema,
      defaultPort: spec.defaultPort,
      migrations: parts.migrations,
      resolvers: parts.resolvers,
      // Reached by no query of the department's own: the gateway enters through `_entities`.
      orphanedTypes: [stubs.County, stubs.Prefecture, stubs.Province],
      // A department knows a county, prefecture or the province by its key alone: the
      // representation is the whole stub, so resolving one needs no lookup at all.
      referenceResolvers: { County: identity, Prefecture: identity, Province: identity },
      createLoaders: parts.createLoaders,
      departments: [parts.manifest],
    }),
    tables: parts.tables,
  };
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type EntityClass = Function;

/**
 * The classes a department's parts attach to: a department subgraph's key-only stubs, or, in
 * the catalog (which publishes figures of its own), its full entities and its `Rule` type.
 */
export interface DepartmentEntities {
  County: EntityClass;
  Prefecture: EntityClass;
  Province: EntityClass;
  Measure: EntityClass;
  Indicator: EntityClass;
  Rule?: EntityClass;
  /** How an `Indicator` is shown where a result or observation names one (default `{ id }`). */
  indicatorRef?: (id: string) => unknown;
}

/**
 * Everything a department adds to a subgraph — resolvers, migrations, tables and loaders — so
 * that a subgraph of its own (`defineDepartment`) or the catalog can carry it.
 */
export function createDepartmentParts(spec: DepartmentSpec, entities: DepartmentEntities) {
  const dbSchema = spec.dbSchema ?? spec.name;
  const indicatorRef = entities.indicatorRef ?? ((id: string) => ({ id }));
  checkDepartmentModel(spec.name, spec.model);
  const tables = { ...observationTables(dbSchema), ...publishingTables(dbSchema) };
  const manifest = departmentManifest(spec);
  const { publishers, fields } = manifest;
  const publisherDepartments = Object.keys(publishers);
  const stubs = entities;
  const Rule =
    entities.Rule ??
    createRuleType(
      () => stubs.Measure,
      () => stubs.Indicator,
    );
  const { RuleResult, Observation } = createResultTypes(
    () => Rule,
    () => stubs.Indicator,
    () => stubs.County,
  );
  const { CountyView, RollupView } = createViewTypes(
    spec.model,
    { ...spec.viewTypes, publisher: spec.publisher },
    { ruleResult: () => RuleResult, observation: () => Observation },
  );
  const viewDescription = `${spec.publisher}的数据(样例数据会标明) / ${spec.publisher}'s figures for a plan year (2018–2020)`;
  const yearArg = {
    description:
      '规划年份 2018–2020; 其他年份报 YEAR_OUT_OF_PLAN 错误 / the plan year; any other is refused (YEAR_OUT_OF_PLAN)',
  };
  const exampleIndicator = spec.model.indicators.find(isPublished)?.id ?? spec.model.indicators[0]?.id;

  @Resolver(() => stubs.County)
  class CountyViewResolver {
    @FieldResolver(() => CountyView, { name: spec.viewField, nullable: true, description: viewDescription })
    view(
      @Root() county: { code: string },
      @Arg('year', () => Int, yearArg) year: number,
      @Ctx() ctx: DepartmentContext,
    ) {
      checkYear(year);
      return ctx.loaders.countyView.load(`${county.code}|${year}`);
    }
  }

  @Resolver(() => stubs.County)
  class CountyRuleResultsResolver {
    // Plumbing for @requires: every year's results of every county, not for clients to ask for.
    @Directive('@inaccessible')
    @FieldResolver(() => [RuleResult], {
      name: fields.ruleResults,
      nullable: true,
      description:
        `${spec.publisher}各项规则在规划各年(2018–2020)的结果, 无参数, 供跨部门考核经 @requires 读取 / ` +
        `every rule's result in every plan year; argument-free so that other subgraphs can @requires it`,
    })
    async ruleResults(@Root() county: { code: string }, @Ctx() ctx: DepartmentContext) {
      const views = await ctx.loaders.countyView.loadMany(PLAN_YEARS.map((year) => `${county.code}|${year}`));
      return views.flatMap((view) => {
        if (view instanceof Error) throw view;
        return view.rules as unknown[];
      });
    }
  }

  @Resolver(() => stubs.Prefecture)
  class PrefectureViewResolver {
    @FieldResolver(() => RollupView, { name: spec.viewField, nullable: true, description: viewDescription })
    view(
      @Root() prefecture: { code: string },
      @Arg('year', () => Int, yearArg) year: number,
      @Ctx() ctx: DepartmentContext,
    ) {
      checkYear(year);
      return ctx.loaders.rollupView.load(`${prefecture.code}|${year}`);
    }
  }

  @Resolver(() => stubs.Province)
  class ProvinceViewResolver {
    @FieldResolver(() => RollupView, { name: spec.viewField, nullable: true, description: viewDescription })
    view(
      @Root() _province: { code: string },
      @Arg('year', () => Int, yearArg) year: number,
      @Ctx() ctx: DepartmentContext,
    ) {
      checkYear(year);
      return ctx.loaders.rollupView.load(`${PROVINCE}|${year}`);
    }
  }

  @Resolver(() => CountyView)
  class HistoryResolver {
    @FieldResolver(() => [Observation], {
      description: "某指标本年数值的全部修订, 最早的在前 / every revision of one indicator's value, oldest first",
    })
    history(
      @Root() view: ViewValue,
      @Arg('indicator', () => ID, {
        description:
          `指标标识, 本单位的已发布指标, 如 ${exampleIndicator}; 其他指标无修订记录, 返回空列表 / ` +
          `the id of one of the department's published indicators; any other has no revisions here (empty list)`,
      })
      indicator: string,
      @Ctx() ctx: DepartmentContext,
    ) {
      return ctx.loaders.history.load(`${indicator}|${view.countyCode as string}|${view.year}`);
    }
  }

  const { PublishObservationsInput, PublishResult, AuditEntry } = createPublishTypes(() => Observation);

  @Resolver()
  class PublishResolver {
    @Mutation(() => PublishResult, {
      name: fields.publish,
      description:
        `${spec.publisher}发布本单位指标的一批数值: 整批校验, 一个事务写入, 更正即新修订; 需要本单位 publisher 令牌 / ` +
        `publish a batch of ${spec.publisher}'s figures: validated whole, written in one transaction; needs a publisher token of the department`,
    })
    async publish(
      @Arg('input', () => PublishObservationsInput, {
        description: '要发布的一批数值, 1 至 10,000 行 / the batch to publish, 1 to 10,000 rows',
      })
      input: InstanceType<typeof PublishObservationsInput>,
      @Ctx() ctx: DepartmentContext,
    ) {
      const principal = await authorisePublisher(ctx, input.rows.length, input.idempotencyKey);
      const outcome = await publishBatch(
        ctx.database,
        tables,
        { model: spec.model, counties: spec.counties, measures: publishers[principal.department] ?? [] },
        {
          rows: input.rows,
          idempotencyKey: input.idempotencyKey,
          publisher: { subject: principal.subject, department: principal.department },
          requestId: ctx.requestId,
        },
      );
      return { ...outcome, observations: outcome.observations.map((row) => toObservation(row, indicatorRef)) };
    }

    @Query(() => [AuditEntry], {
      name: fields.auditLog,
      description: `${spec.publisher}的写入审计记录, 最新在前; 仅本单位可读 / the audit log of writes, newest first; readable by the department only`,
    })
    async auditLog(
      @Arg('limit', () => Int, {
        defaultValue: 50,
        description: '最多返回的记录数(条), 限于 1–500 / how many entries at most, kept within 1–500',
      })
      limit: number,
      @Ctx() ctx: DepartmentContext,
    ) {
      requireDepartment(ctx.principal, publisherDepartments);
      const rows = await loadAuditLog(ctx.db, tables, [ctx.principal!.department], Math.min(Math.max(limit, 1), 500));
      return rows.map((row) => ({
        ...row,
        id: String(row.id),
        detail: row.detail == null ? null : JSON.stringify(row.detail),
      }));
    }
  }

  /**
   * The publisher of this request, or a refusal that the audit log counts: one entry per caller
   * and minute (a request without a token names no one, and is in the request log only).
   */
  async function authorisePublisher(
    ctx: DepartmentContext,
    rows: number,
    idempotencyKey?: string | null,
  ): Promise<Principal> {
    try {
      return requirePublisher(ctx.principal, publisherDepartments);
    } catch (error) {
      if (ctx.principal) {
        const extensions = error instanceof GraphQLError ? error.extensions : {};
        await recordRefusedAttempt(ctx.db, tables, {
          subject: ctx.principal.subject,
          department: ctx.principal.department,
          requestId: ctx.requestId,
          idempotencyKey: idempotencyKey ?? null,
          rows,
          outcome: 'FORBIDDEN',
          detail: { code: extensions.code, reason: extensions.reason, message: (error as Error).message },
        });
      }
      throw error;
    }
  }

  const migrations: Migration[] = [
    ...observationMigrations(dbSchema),
    sampleMigration(dbSchema, spec.sample.counties, spec.sample.generate),
    publishingMigration(dbSchema),
    auditAggregationMigration(dbSchema),
  ];

  return {
    dbSchema,
    tables,
    migrations,
    /** What the rest of the graph may know of this department (`schema/departments.json`). */
    manifest,
    resolvers: [
      CountyViewResolver,
      CountyRuleResultsResolver,
      PrefectureViewResolver,
      ProvinceViewResolver,
      HistoryResolver,
      PublishResolver,
    ] as [EntityClass, ...EntityClass[]],
    createLoaders: (database: Database) => createDepartmentLoaders(database, tables, spec.model, indicatorRef),
  };
}

const PROVINCE = 'province';

/** Reading the audit log needs a token of one of the departments that publish here (any role). */
function requireDepartment(principal: Principal | null, departments: readonly string[]): void {
  if (!principal) {
    throw new GraphQLError('reading the audit log needs a token', { extensions: { code: 'UNAUTHENTICATED' } });
  }
  if (!departments.includes(principal.department)) {
    throw new GraphQLError(`the audit log is readable by ${departments.join(', ')} only`, {
      extensions: { code: 'FORBIDDEN' },
    });
  }
}

function checkYear(year: number): void {
  if (!(PLAN_YEARS as readonly number[]).includes(year)) {
    throw new GraphQLError(`year ${year} is outside the plan: ask for ${PLAN_YEARS.join(', ')}`, {
      extensions: { code: 'YEAR_OUT_OF_PLAN', argument: 'year', allowed: [...PLAN_YEARS] },
    });
  }
}

/** Per-request loaders: every county's view in one statement, every roll-up in one more. */
export function createDepartmentLoaders(
  { db }: Database,
  tables: ObservationTables,
  model: DepartmentModel,
  indicatorRef: (id: string) => unknown = (id) => ({ id }),
) {
  const observationValue = (row: ObservationRow) => toObservation(row, indicatorRef);
  const buildView = (valueOf: ValueOf, year: number, rollup?: RollupFigures) =>
    buildViewOf(model, valueOf, year, indicatorRef, rollup);
  const needsPreviousYear = model.rules.some((rule) => rule.required === 'PREVIOUS_YEAR');
  const withPrevious = (years: Iterable<number>) => {
    const all = new Set(years);
    if (needsPreviousYear) for (const year of [...all]) all.add(year - 1);
    return [...all];
  };

  const ratios = model.indicators.flatMap((i) =>
    i.rollup.kind === 'RATIO' ? [{ id: i.id, numerator: i.rollup.numerator, denominator: i.rollup.denominator }] : [],
  );
  // 只增不减 over a roll-up: compared over the counties that reported both years.
  const yearOverYear = [
    ...new Set(
      model.rules
        .filter((rule) => rule.required === 'PREVIOUS_YEAR')
        .map((rule) => rule.indicator)
        .filter((id) => model.indicators.find((i) => i.id === id)?.rollup.kind !== 'RATIO'),
    ),
  ];
  const ratioScale = new Map(
    model.indicators.flatMap((i) => (i.rollup.kind === 'RATIO' ? [[i.id, i.rollup.scale] as const] : [])),
  );

  const countyView = new DataLoader<string, ViewValue>(async (keys) => {
    const parsed = keys.map((key) => {
      const [code, year] = key.split('|');
      return { code: code!, year: Number(year) };
    });
    const rows = await loadCurrentObservations(
      db,
      tables,
      [...new Set(parsed.map((k) => k.code))],
      withPrevious(parsed.map((k) => k.year)),
    );
    const byKey = new Map<string, ObservationRow>();
    for (const row of rows) byKey.set(`${row.indicatorId}|${row.countyCode}|${row.year}`, row);
    return parsed.map(({ code, year }) => {
      const valueOf: ValueOf = (indicatorId, y) => byKey.get(`${indicatorId}|${code}|${y}`)?.value ?? null;
      const current = model.indicators
        .filter(isPublished)
        .map((indicator) => byKey.get(`${indicator.id}|${code}|${year}`))
        .filter((row): row is ObservationRow => row !== undefined);
      return {
        ...buildView(valueOf, year),
        countyCode: code,
        observations: current.map(observationValue),
        sample: current.some((row) => row.isSample),
      };
    });
  });

  const rollupView = new DataLoader<string, ViewValue>(async (keys) => {
    const parsed = keys.map((key) => {
      const [scope, year] = key.split('|');
      return { scope: scope!, year: Number(year) };
    });
    const years = withPrevious(parsed.map((k) => k.year));
    const prefectures = [...new Set(parsed.map((k) => k.scope).filter((s) => s !== PROVINCE))];
    const rows: RollupRow[] = [];
    const ratioRows: RatioRollupRow[] = [];
    const yearOverYearRows: YearOverYearRow[] = [];
    for (const scope of [
      prefectures.length > 0 ? prefectures : undefined,
      parsed.some((k) => k.scope === PROVINCE) ? null : undefined,
    ]) {
      if (scope === undefined) continue;
      rows.push(...(await loadRollups(db, tables, scope, years)));
      ratioRows.push(...(await loadRatioRollups(db, tables, ratios, scope, years)));
      yearOverYearRows.push(...(await loadYearOverYearRollups(db, tables, yearOverYear, scope, years)));
    }
    const byKey = new Map<string, RollupRow>();
    for (const row of rows) byKey.set(`${row.indicatorId}|${row.scope ?? PROVINCE}|${row.year}`, row);
    const ratioByKey = new Map<string, number | null>();
    for (const row of ratioRows) {
      const scale = ratioScale.get(row.indicatorId)!;
      ratioByKey.set(
        `${row.indicatorId}|${row.scope ?? PROVINCE}|${row.year}`,
        row.denominator === 0 ? null : (row.numerator / row.denominator) * scale,
      );
    }
    const byId = new Map(model.indicators.map((i) => [i.id, i]));
    const pairs = new Map<string, YearOverYearRow>();
    for (const row of yearOverYearRows) pairs.set(`${row.indicatorId}|${row.scope ?? PROVINCE}|${row.year}`, row);
    return parsed.map(({ scope, year }) => {
      const valueOf: ValueOf = (indicatorId, y) => {
        const row = byKey.get(`${indicatorId}|${scope}|${y}`);
        if (!row) return null;
        return byId.get(indicatorId)?.rollup.kind === 'MEAN' ? row.mean : row.sum;
      };
      const published = model.indicators
        .filter(isPublished)
        .map((i) => byKey.get(`${i.id}|${scope}|${year}`))
        .filter((row): row is RollupRow => row !== undefined);
      const ratioOf = (indicatorId: string, y: number) => ratioByKey.get(`${indicatorId}|${scope}|${y}`) ?? null;
      const yearOverYearOf = (indicatorId: string, y: number) => {
        if (!yearOverYear.includes(indicatorId)) return undefined;
        const pair = pairs.get(`${indicatorId}|${scope}|${y}`);
        if (!pair) return null;
        const pick = byId.get(indicatorId)?.rollup.kind === 'MEAN' ? 'mean' : 'sum';
        return { current: pair.current[pick], previous: pair.previous[pick] };
      };
      return {
        ...buildView(valueOf, year, { ratioOf, yearOverYearOf }),
        countiesReporting: Math.max(0, ...published.map((row) => row.counties)),
        sample: published.some((row) => row.sample),
      };
    });
  });

  const history = new DataLoader<string, ReturnType<typeof toObservation>[]>(async (keys) => {
    const parsed = keys.map((key) => {
      const [indicatorId, countyCode, year] = key.split('|');
      return { indicatorId: indicatorId!, countyCode: countyCode!, year: Number(year) };
    });
    const byKey = new Map<string, ReturnType<typeof toObservation>[]>();
    for (const row of await loadHistories(db, tables, parsed)) {
      const key = `${row.indicatorId}|${row.countyCode}|${row.year}`;
      byKey.set(key, [...(byKey.get(key) ?? []), observationValue(row)]);
    }
    return keys.map((key) => byKey.get(key) ?? []);
  });

  return { countyView, rollupView, history };
}

interface RollupFigures {
  /** Ratios over the counties that reported both parts. */
  ratioOf: ValueOf;
  /** A figure and the year before's, over the counties that reported both years. */
  /** undefined where the rule's figure is a ratio, compared as it rolls up. */
  yearOverYearOf: (indicatorId: string, year: number) => { current: number; previous: number } | null | undefined;
}

/**
 * Typed fields and rule results of one place and year, from a way to read its figures; a
 * roll-up adds the figures that must be computed over matched counties.
 */
function buildViewOf(
  model: DepartmentModel,
  valueOf: ValueOf,
  year: number,
  indicatorRef: (id: string) => unknown,
  rollup?: RollupFigures,
): ViewValue {
  const ratioOf = rollup?.ratioOf;
  const byId = new Map(model.indicators.map((i) => [i.id, i]));
  const valueOfIndicator = (indicator: IndicatorDefinition, y: number) =>
    indicator.rollup.kind === 'RATIO' && ratioOf ? ratioOf(indicator.id, y) : indicatorValue(indicator, valueOf, y);
  const view: ViewValue = { year };
  for (const indicator of model.indicators) {
    const value = valueOfIndicator(indicator, year);
    view[indicatorField(indicator)] = value === null ? null : round(value);
  }
  view.rules = model.rules.flatMap((rule) => {
    // A rule for some counties only is judged county by county; over a roll-up it would judge
    // the whole total by the qualifying few, so it is left out there.
    if (rule.appliesWhere && (rollup || valueOf(rule.appliesWhere, year) !== 1)) return [];
    const indicator = byId.get(rule.indicator)!;
    const pair = rule.required === 'PREVIOUS_YEAR' ? rollup?.yearOverYearOf(rule.indicator, year) : undefined;
    const actualOf =
      pair === undefined
        ? (y: number) => valueOfIndicator(indicator, y)
        : (y: number) => (pair === null ? null : y === year ? pair.current : pair.previous);
    const outcome = evaluateRule(rule, actualOf, year);
    if (!outcome) return [];
    const { actual, required, gap } = outcome;
    const shown = (n: number | null) => (n === null ? null : round(n));
    return [
      {
        rule: ruleValue(rule, indicatorRef),
        year,
        ...outcome,
        actual: shown(actual),
        required: shown(required),
        gap: shown(gap),
      },
    ];
  });
  return view;
}

/** A rule as the `Rule` type shows it. */
export function ruleValue(rule: RuleDefinition, indicatorRef: (id: string) => unknown = (id) => ({ id })) {
  return {
    id: rule.id,
    description: rule.description,
    descriptionEn: rule.descriptionEn,
    measure: rule.measure === null ? null : { number: rule.measure },
    indicator: indicatorRef(rule.indicator),
    comparison: rule.comparison,
    threshold: rule.required === 'PREVIOUS_YEAR' ? null : rule.required,
    comparedWithPreviousYear: rule.required === 'PREVIOUS_YEAR',
    years: [...rule.years],
  };
}

function toObservation(row: ObservationRow, indicatorRef: (id: string) => unknown) {
  return {
    indicator: indicatorRef(row.indicatorId),
    county: { code: row.countyCode },
    year: row.year,
    value: row.value,
    revision: row.revision,
    publishedBy: row.publishedBy,
    publishedAt: row.publishedAt,
    note: row.note,
    sample: row.isSample,
  };
}

export type { IndicatorDefinition };
export { prefectureOf };
