import type { DepartmentLoaders, RequestContext } from '@fupin/kit';
import { checkYear, PLAN_YEARS, roundTo } from '@fupin/kit';
import { Arg, Ctx, Directive, FieldResolver, Int, Query, Resolver, Root } from '@fupin/kit/graphql';
import type * as t from '../db/tables.js';
import type { CatalogLoaders } from '../loaders.js';
import { HUBEI } from '../region/region.resolver.js';
import { County, Prefecture, Province } from '../region/region.types.js';
import {
  ProvinceAssessment,
  TargetProgress,
  type AssessmentInputsValue,
  type createAssessmentInputsType,
} from './assessment.types.js';

/** The catalog's loaders and those of its own figures (progress), which it publishes like a department. */
type Context = RequestContext<CatalogLoaders & DepartmentLoaders>;

/** A county is assessed under this guideline when it is a non-poverty county with tasks. */
export const isAssessed = (county: Pick<t.CountyRow, 'povertyStatus' | 'hasTasks'>) =>
  county.povertyStatus === 'NONE' && county.hasTasks;

const POOL_DESCRIPTION =
  '参加考核排名的县: 全省有扶贫任务的非贫困县; 无参数, 供考核经 @requires 读取 / ' +
  'the counties ranked by the assessment: the non-poverty counties with tasks; argument-free, for @requires';

@Resolver(() => County)
export class CountyAssessmentInputsResolver {
  // Plumbing for @requires, like the rest of this file: hidden from clients, so that nobody can
  // nest 60 peers of 60 peers in a query.
  @Directive('@inaccessible')
  @FieldResolver(() => [County], {
    description:
      '与本县一同考核排名的县(含本县): 全省有扶贫任务的非贫困县; 本县不参加考核(贫困县、无任务)时为空; ' +
      '无参数, 供考核经 @requires 读取 / the counties this one is ranked among, itself included; empty for a county ' +
      'the guideline does not assess; argument-free, for @requires',
  })
  async peers(@Root() county: t.CountyRow, @Ctx() ctx: Context) {
    return isAssessed(county) ? ctx.loaders.assessedCounties.load(HUBEI.code) : [];
  }
}

/** `County.assessmentInputs`, of the `AssessmentInputs` type made from the departments artefact. */
export function createAssessmentInputsResolver({
  AssessmentInputs,
  fields,
}: ReturnType<typeof createAssessmentInputsType>) {
  @Resolver(() => County)
  class CountyAssessmentInputsFieldResolver {
    @Directive('@inaccessible')
    @FieldResolver(() => AssessmentInputs, {
      description: '本县, 按部门子图各一份, 供考核经 @requires 逐部门读取 / the county once per department subgraph',
    })
    assessmentInputs(@Root() county: t.CountyRow): AssessmentInputsValue {
      return Object.fromEntries(fields.map((field) => [field, county]));
    }
  }
  return CountyAssessmentInputsFieldResolver;
}

@Resolver(() => Prefecture)
export class PrefectureAssessmentInputsResolver {
  @Directive('@inaccessible')
  @FieldResolver(() => [County], {
    description:
      '本市(州)参加考核的县: 有扶贫任务的非贫困县; 无参数, 供考核经 @requires 读取 / ' +
      'its counties the assessment covers: the non-poverty counties with tasks; argument-free, for @requires',
  })
  async assessedCounties(@Root() prefecture: t.PrefectureRow, @Ctx() ctx: Context) {
    return (await ctx.loaders.countiesOfPrefecture.load(prefecture.code)).filter(isAssessed);
  }

  @FieldResolver(() => Province, { description: '所属省 / the province it belongs to' })
  province(): typeof HUBEI {
    return HUBEI;
  }
}

@Resolver(() => Province)
export class ProvinceAssessmentInputsResolver {
  @Directive('@inaccessible')
  @FieldResolver(() => [County], { description: POOL_DESCRIPTION })
  assessedCounties(@Ctx() ctx: Context) {
    return ctx.loaders.assessedCounties.load(HUBEI.code);
  }
}

@Resolver(() => ProvinceAssessment)
export class ProvinceAssessmentResolver {
  @Query(() => ProvinceAssessment, {
    description:
      '全省非贫困县某年的考核评估: 各县得分、排名、差距, 及全省对照文件目标的进度 / ' +
      "the assessment of the province's non-poverty counties for one year: scores, ranks, shortfalls, and progress against the targets",
  })
  provinceAssessment(@Arg('year', () => Int, { description: '考核年份 2018–2020 / the year assessed' }) year: number) {
    checkYear(year);
    return { year };
  }

  @FieldResolver(() => Province)
  province(): typeof HUBEI {
    return HUBEI;
  }

  @FieldResolver(() => [County], { description: POOL_DESCRIPTION })
  assessedCounties(@Ctx() ctx: Context) {
    return ctx.loaders.assessedCounties.load(HUBEI.code);
  }

  @FieldResolver(() => [TargetProgress], {
    description:
      '全省进度, 截至考核年份的每年年末, 对照存量(各县存量之和, 与规则和各部门核对所用为同一存量; 文件合计788个村、65.93万人, 见 policy.targets); 数字由省扶贫办发布(同 Province.progress) / ' +
      "the province's progress at the end of each plan year up to the one assessed, against the stock (the counties' stock summed: the " +
      'same stock the rules and the departments’ checks read; the document’s totals, 788 villages and 659,300 people, are policy.targets); the figures are those the poverty alleviation office publishes (as Province.progress)',
  })
  async progress(@Root() assessment: { year: number }, @Ctx() ctx: Context): Promise<TargetProgress[]> {
    const years = PLAN_YEARS.filter((year) => year <= assessment.year);
    const views = await ctx.loaders.rollupView.loadMany(years.map((year) => `province|${year}`));
    return views.map((view, i) => {
      if (view instanceof Error) throw view;
      const villagesExited = view.villagesExited as number | null;
      const peopleLiftedOut = view.peopleLiftedOut as number | null;
      // The one stock, summed over the counties that have it: what the exit shares divide by too.
      const stockPoorVillages = view.stockPoorVillages as number | null;
      const stockPoorPopulation = view.stockPoorPopulation as number | null;
      return {
        year: years[i]!,
        villagesExited,
        villagesTarget: stockPoorVillages,
        villagesExitedShareOfTarget: shareOf(villagesExited, stockPoorVillages),
        peopleLiftedOut,
        peopleTarget: stockPoorPopulation,
        peopleLiftedOutShareOfTarget: shareOf(peopleLiftedOut, stockPoorPopulation),
        countiesReporting: view.countiesReporting as number,
        sample: view.sample as boolean,
      };
    });
  }
}

/** The entity from its key: there is one assessment per plan year. */
export const resolveProvinceAssessment = (reference: { year: number }) =>
  (PLAN_YEARS as readonly number[]).includes(reference.year) ? { year: reference.year } : null;

function shareOf(value: number | null, target: number | null): number | null {
  return value === null || target === null || target <= 0 ? null : roundTo((value / target) * 100, 2);
}
