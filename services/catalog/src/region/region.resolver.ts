import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { PLAN_YEARS, type DepartmentLoaders, type RequestContext } from '@fupin/kit';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from '@fupin/kit/graphql';
import * as t from '../db/tables.js';
import type { CatalogContext, CatalogLoaders } from '../loaders.js';
import { PovertyStatus } from './region.enums.js';
import { County, Prefecture, Province } from './region.types.js';

export const HUBEI = { code: '420000', name: '湖北省' } as const;

const POVERTY_STATUS_ARG = '只取此贫困县身份的县 / only the counties of this poverty status';
const HAS_TASKS_ARG = '只取有(true)或无(false)扶贫任务的县 / only the counties with (true) or without (false) tasks';

@Resolver(() => Prefecture)
export class PrefectureResolver {
  @Query(() => [Prefecture], { description: "全省14个市(州)级单位 / Hubei's 14 prefecture-level units" })
  prefectures(@Ctx() { db }: CatalogContext) {
    return db.select().from(t.prefecture).orderBy(asc(t.prefecture.sortOrder));
  }

  @Query(() => Prefecture, {
    nullable: true,
    description: '按代码取一个市(州)级单位; 无此代码为空 / One prefecture-level unit by its code',
  })
  prefecture(
    @Ctx() ctx: CatalogContext,
    @Arg('code', () => ID, { description: '六位行政区划代码, 如 421100 / the division code' }) code: string,
  ) {
    return ctx.loaders.prefecture.load(code);
  }

  @FieldResolver(() => [County], { description: '下辖县(市、区), 可筛选 / its county-level units, filtered' })
  async counties(
    @Root() prefecture: t.PrefectureRow,
    @Ctx() ctx: CatalogContext,
    @Arg('povertyStatus', () => PovertyStatus, { nullable: true, description: POVERTY_STATUS_ARG })
    povertyStatus?: PovertyStatus | null,
    @Arg('hasTasks', () => Boolean, { nullable: true, description: HAS_TASKS_ARG }) hasTasks?: boolean | null,
  ) {
    const counties = await ctx.loaders.countiesOfPrefecture.load(prefecture.code);
    return counties.filter(
      (c) =>
        (povertyStatus == null || c.povertyStatus === povertyStatus) && (hasTasks == null || c.hasTasks === hasTasks),
    );
  }
}

/** The catalog's context with 省扶贫办's progress loaders, which the stock is read from. */
type ProgressContext = RequestContext<CatalogLoaders & DepartmentLoaders>;

/** What the stock fields say: one stock, the same the rules, the progress and the departments read. */
const STOCK = {
  villages:
    '存量贫困村(个): 文件确定的基数(2017年末), 省扶贫办发布的分县数(未发布而启用样例数据时为样例); 进度、规则与各部门的核对都用此数; 贫困县为空 / ' +
    "stock poor villages, the document's baseline (end of 2017) as the poverty alleviation office publishes it per county (the sample split where not published and sample data is on); the one stock the progress, the rules and the departments' checks read; null for a poverty county",
  population: '存量贫困人口(人): 同上 / stock poor people: as for stockPoorVillages, the one stock of people',
  sample:
    '存量数字是否为样例数据(文件只给出60县合计788个村、65.93万人) / whether the stock figures are sample data (the document gives only the totals of 788 villages and 659,300 people)',
} as const;

/** The county's stock: the fixed baseline of 省扶贫办's progress, the same in every plan year. */
async function stockOf(county: t.CountyRow, ctx: ProgressContext) {
  const view = await ctx.loaders.countyView.load(`${county.code}|${PLAN_YEARS[0]}`);
  const stock = (view.observations as { indicator: { id: string }; sample: boolean }[]).filter((o) =>
    STOCK_IDS.includes(o.indicator.id),
  );
  return {
    villages: (view.stockPoorVillages as number | null) ?? null,
    population: (view.stockPoorPopulation as number | null) ?? null,
    sample: stock.some((o) => o.sample),
  };
}
const STOCK_IDS = ['catalog.stockPoorVillages', 'catalog.stockPoorPopulation'];

@Resolver(() => County)
export class CountyResolver {
  @Query(() => [County], {
    description: '县(市、区)列表, 可按市(州)、贫困县身份、是否有任务筛选 / Counties, filtered',
  })
  counties(
    @Ctx() { db }: CatalogContext,
    @Arg('prefecture', () => ID, {
      nullable: true,
      description: '市(州)代码, 如 421100 / only the counties of this prefecture',
    })
    prefecture?: string | null,
    @Arg('povertyStatus', () => PovertyStatus, { nullable: true, description: POVERTY_STATUS_ARG })
    povertyStatus?: PovertyStatus | null,
    @Arg('hasTasks', () => Boolean, { nullable: true, description: HAS_TASKS_ARG }) hasTasks?: boolean | null,
    @Arg('codes', () => [ID], { nullable: true, description: '只取这些代码的县 / only the counties with these codes' })
    codes?: string[] | null,
  ) {
    const conditions: SQL[] = [];
    if (codes) conditions.push(inArray(t.county.code, codes));
    if (prefecture) conditions.push(eq(t.county.prefectureCode, prefecture));
    if (povertyStatus) conditions.push(eq(t.county.povertyStatus, povertyStatus));
    if (hasTasks != null) conditions.push(eq(t.county.hasTasks, hasTasks));
    return db
      .select()
      .from(t.county)
      .where(and(...conditions))
      .orderBy(asc(t.county.sortOrder));
  }

  @Query(() => County, {
    nullable: true,
    description: '按代码取一个县; 旧代码亦可 / One county by current or old code',
  })
  county(
    @Ctx() ctx: CatalogContext,
    @Arg('code', () => ID, { description: '六位行政区划代码, 现行或旧代码 / the division code, current or old' })
    code: string,
  ) {
    return ctx.loaders.county.load(code);
  }

  @FieldResolver(() => Prefecture, { description: '所属市(州) / the prefecture it belongs to' })
  async prefecture(@Root() county: t.CountyRow, @Ctx() ctx: CatalogContext) {
    return ctx.loaders.prefecture.load(county.prefectureCode);
  }

  @FieldResolver(() => Int, { nullable: true, description: STOCK.villages })
  async stockPoorVillages(@Root() county: t.CountyRow, @Ctx() ctx: ProgressContext) {
    return (await stockOf(county, ctx)).villages;
  }

  @FieldResolver(() => Int, { nullable: true, description: STOCK.population })
  async stockPoorPopulation(@Root() county: t.CountyRow, @Ctx() ctx: ProgressContext) {
    return (await stockOf(county, ctx)).population;
  }

  @FieldResolver(() => Boolean, { description: STOCK.sample })
  async stockSample(@Root() county: t.CountyRow, @Ctx() ctx: ProgressContext) {
    return (await stockOf(county, ctx)).sample;
  }
}

@Resolver(() => Province)
export class ProvinceResolver {
  @Query(() => Province, { description: '湖北省 / the province, for province-wide roll-ups' })
  province() {
    return HUBEI;
  }

  @FieldResolver(() => [Prefecture], { description: '14个市(州)级单位 / its 14 prefecture-level units' })
  prefectures(@Ctx() { db }: CatalogContext) {
    return db.select().from(t.prefecture).orderBy(asc(t.prefecture.sortOrder));
  }
}
