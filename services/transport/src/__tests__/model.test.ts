import {
  BASELINE_TOLERANCE,
  checkDepartmentModel,
  evaluateRule,
  indicatorValue,
  isPublished,
  PLAN_YEARS,
  type RuleStatus,
  type ValueOf,
} from '@fupin/kit';
import { measures, nonPovertyCountiesWithTasks } from '@fupin/reference';
import { checkSample } from '@fupin/kit/testing';
import { describe, expect, it } from 'vitest';
import { transportModel } from '../model/index.js';
import { generate } from '../sample.js';

const counties = nonPovertyCountiesWithTasks;
const byId = new Map(transportModel.indicators.map((i) => [i.id, i]));
const county = (code: string) => counties.find((c) => c.code === code)!;

/** A county's figures straight from the generator, as the kit reads them from the database. */
function valueOf(code: string): ValueOf {
  const c = county(code);
  return (indicatorId, year) => generate(c, year)[indicatorId] ?? null;
}

/** A rule's outcome as a county's view evaluates it: zero denominators included. */
function outcomeOf(ruleId: string, code: string, year: number) {
  const rule = transportModel.rules.find((r) => r.id === ruleId)!;
  return evaluateRule(rule, { valueOf: valueOf(code), indicatorById: byId }, year);
}
const statusOf = (ruleId: string, code: string, year: number): RuleStatus | undefined =>
  outcomeOf(ruleId, code, year)?.status;

/** The counties whose sample departs from the rule of the generator, as sample.ts documents them. */
const URBAN_DISTRICTS = ['420202', '420502']; // 黄石港区, 西陵区: sub-districts only
const MISCOUNTED = ['420682', '420505']; // 老河口市 (one village too many), 猇亭区 (villages not yet exited)

describe('the transport model', () => {
  it('is consistent by the kit’s own check', () => {
    expect(() => checkDepartmentModel('transport', transportModel)).not.toThrow();
  });

  it('covers measure 11 only, with a rule on each of its five requirements it can judge', () => {
    expect(new Set([...transportModel.indicators, ...transportModel.rules].map((x) => x.measure))).toEqual(
      new Set([11]),
    );
    expect(transportModel.rules.map((r) => [r.id, r.indicator, r.kind, r.years, r.basis])).toEqual([
      [
        'transport.everyTownshipWithTasksUpgraded10Km',
        'transport.townshipsUpgraded10KmShare',
        'EVERY_UNIT',
        [2019, 2020],
        'DOCUMENT',
      ],
      [
        'transport.everyPoorVillageUpgraded1Km',
        'transport.poorVillagesUpgraded1KmShare',
        'EVERY_UNIT',
        [2019, 2020],
        'DOCUMENT',
      ],
      [
        'transport.accessProjectsArrangedShare',
        'transport.accessProjectsArrangedShare',
        'EVERY_UNIT',
        [2019, 2020],
        'DOCUMENT',
      ],
      [
        'transport.townshipsOnClassTwoRoadsShare',
        'transport.townshipsOnClassTwoRoadsShare',
        'EVERY_UNIT',
        [2020],
        'INTERPRETATION',
      ],
      [
        'transport.naturalVillagesWithHardenedRoadsShare',
        'transport.naturalVillagesWithHardenedRoadsShare',
        'EVERY_UNIT',
        [2020],
        'INTERPRETATION',
      ],
    ]);
  });

  it('quotes the words of measure 11 for every rule, and says why for every basis', () => {
    const text = measures.find((m) => m.number === 11)!.text;
    for (const rule of transportModel.rules) {
      expect(text, rule.id).toContain(rule.words);
      expect(rule.basisNote, rule.id).toMatch(/[\u4e00-\u9fff].*\/ .*[A-Za-z]{3,}/);
      expect(rule.reasons?.denominatorNotPositive, rule.id).toMatch(/^本县无.+ \/ no /);
    }
  });

  it('keeps the scenic-spot share and the km averages as figures that no rule judges', () => {
    const judged = new Set(transportModel.rules.map((r) => r.indicator));
    for (const id of [
      'transport.scenicSpots4APlusOnClassTwoRoadsShare',
      'transport.roadUpgradeKmPerTownship',
      'transport.roadUpgradeKmPerPoorVillage',
      'transport.townshipRoadUpgradeKm',
      'transport.poorVillageRoadUpgradeKm',
    ]) {
      expect(byId.has(id), id).toBe(true);
      expect(judged.has(id), id).toBe(false);
    }
  });

  it("marks its poor villages as the department's count of the stock poor villages, and only those", () => {
    expect(transportModel.indicators.filter((i) => i.baseline).map((i) => [i.id, i.baseline])).toEqual([
      ['transport.poorVillages', 'STOCK_POOR_VILLAGES'],
    ]);
    expect(byId.get('transport.poorVillages')!.description).toContain('788');
  });

  it('bounds every share by 0–100 and every count to whole numbers', () => {
    for (const indicator of transportModel.indicators) {
      expect(indicator.min, indicator.id).toBe(0);
      if (indicator.unit === 'PERCENT') expect(indicator.max, indicator.id).toBe(100);
      if (indicator.unit === 'COUNT') expect(indicator.integer, indicator.id).toBe(true);
    }
  });
});

describe('the transport sample', () => {
  it('is deterministic and pinned: 武穴市 2019', () => {
    const wuxue = county('421182');
    expect(generate(wuxue, 2019)).toEqual(generate({ ...wuxue }, 2019));
    expect(generate(wuxue, 2019)).toEqual({
      'transport.townshipsWithTasks': 11,
      'transport.townshipsWithTasksUpgraded10Km': 8,
      'transport.townshipRoadUpgradeKm': 135,
      'transport.poorVillages': 18,
      'transport.poorVillagesUpgraded1Km': 18,
      'transport.poorVillageRoadUpgradeKm': 27,
      'transport.accessProjectsPlanned': 99,
      'transport.accessProjectsArranged': 89,
      'transport.townshipsOnClassTwoRoads': 9,
      'transport.naturalVillagesAboveScale': 528,
      'transport.naturalVillagesWithHardenedRoads': 501,
      'transport.scenicSpots4APlus': 3,
      'transport.scenicSpots4APlusOnClassTwoRoads': 2,
    });
  });

  it('publishes only published indicators, within their range', () => {
    expect(checkSample(transportModel, counties, generate).problems).toEqual([]);
  });

  it("counts each county's stock poor villages as its poor villages, but for two counties off by more than 2 %", () => {
    for (const c of counties) {
      for (const year of PLAN_YEARS) {
        const poorVillages = generate(c, year)['transport.poorVillages'];
        if (poorVillages === undefined) continue;
        if (MISCOUNTED.includes(c.code)) {
          expect(
            Math.abs(poorVillages - c.stockPoorVillages) / c.stockPoorVillages,
            `${c.code} ${year}`,
          ).toBeGreaterThan(BASELINE_TOLERANCE);
        } else {
          expect(poorVillages, `${c.code} ${year}`).toBe(c.stockPoorVillages);
        }
      }
    }
    expect(counties.reduce((sum, c) => sum + c.stockPoorVillages, 0)).toBe(788);
  });

  it('counts a township (village) as upgraded only where it can have had its 10 km (1 km)', () => {
    for (const c of counties) {
      for (const year of PLAN_YEARS) {
        const f = generate(c, year);
        if (Object.keys(f).length === 0) continue;
        const where = `${c.code} ${year}`;
        expect(f['transport.townshipsWithTasksUpgraded10Km']!, where).toBeLessThanOrEqual(
          f['transport.townshipsWithTasks']!,
        );
        expect(f['transport.townshipRoadUpgradeKm']!, where).toBeGreaterThanOrEqual(
          10 * f['transport.townshipsWithTasksUpgraded10Km']!,
        );
        expect(f['transport.poorVillagesUpgraded1Km']!, where).toBeLessThanOrEqual(f['transport.poorVillages']!);
        expect(f['transport.poorVillageRoadUpgradeKm']!, where).toBeGreaterThanOrEqual(
          f['transport.poorVillagesUpgraded1Km']!,
        );
      }
    }
  });

  it('gives more townships with tasks, and more km, where there are more poor villages', () => {
    const rows = counties.map((c) => ({ villages: c.stockPoorVillages, ...generate(c, 2019) }));
    const many = rows.filter((r) => r.villages >= 18);
    const few = rows.filter((r) => r.villages <= 8);
    const mean = (rs: typeof rows, key: string) => rs.reduce((s, r) => s + (r as any)[key], 0) / rs.length;
    expect(mean(many, 'transport.townshipsWithTasks')).toBeGreaterThan(mean(few, 'transport.townshipsWithTasks'));
    expect(mean(many, 'transport.townshipRoadUpgradeKm')).toBeGreaterThan(mean(few, 'transport.townshipRoadUpgradeKm'));
  });

  it('gives the urban districts no township with tasks, no planned access project and no natural village above scale', () => {
    for (const code of URBAN_DISTRICTS) {
      for (const year of PLAN_YEARS) {
        expect(generate(county(code), year), `${code} ${year}`).toMatchObject({
          'transport.townshipsWithTasks': 0,
          'transport.accessProjectsPlanned': 0,
          'transport.naturalVillagesAboveScale': 0,
        });
      }
    }
  });

  it('never lets a share of a state at the year-end fall from one year to the next', () => {
    // The two upgrade shares are of the year's works, not of a state, and may fall.
    const shares = transportModel.indicators.filter(
      (i) =>
        i.unit === 'PERCENT' &&
        !['transport.townshipsUpgraded10KmShare', 'transport.poorVillagesUpgraded1KmShare'].includes(i.id),
    );
    expect(shares).toHaveLength(4);
    for (const c of counties) {
      for (const indicator of shares) {
        const [y2018, y2019, y2020] = PLAN_YEARS.map((y) => indicatorValue(indicator, valueOf(c.code), y));
        if (y2018 === null) continue; // a zero denominator: no share at all
        expect(y2018, `${indicator.id} ${c.code}`).toBeLessThanOrEqual(y2019!);
        if (y2020 != null) expect(y2019!, `${indicator.id} ${c.code}`).toBeLessThanOrEqual(y2020);
      }
    }
  });

  it('shows every status of every rule', () => {
    const seen = checkSample(transportModel, counties, generate).statuses;
    const every = ['MET', 'NOT_APPLICABLE', 'NOT_MET', 'NO_DATA'];
    expect([...seen].map(([rule, statuses]) => [rule, [...statuses].sort()])).toEqual([
      ['transport.everyTownshipWithTasksUpgraded10Km', every],
      ['transport.everyPoorVillageUpgraded1Km', every],
      ['transport.accessProjectsArrangedShare', every],
      ['transport.townshipsOnClassTwoRoadsShare', every],
      ['transport.naturalVillagesWithHardenedRoadsShare', every],
    ]);
  });

  it('leaves some counties’ 2020 figures unreported, and only 2020’s', () => {
    const silent = counties.filter((c) => Object.keys(generate(c, 2020)).length === 0);
    expect(silent.length).toBeGreaterThan(0);
    expect(silent.length).toBeLessThan(counties.length / 5);
    for (const c of counties) {
      expect(Object.keys(generate(c, 2018)), c.code).toHaveLength(transportModel.indicators.filter(isPublished).length);
      expect(Object.keys(generate(c, 2019)), c.code).toHaveLength(transportModel.indicators.filter(isPublished).length);
    }
  });

  it("splits 黄冈市's non-poverty counties on the 10-km rule in 2019", () => {
    const huanggang = ['421102', '421125', '421127', '421182'];
    const statuses = huanggang.map((code) => statusOf('transport.everyTownshipWithTasksUpgraded10Km', code, 2019));
    expect(statuses).toContain('MET');
    expect(statuses).toContain('NOT_MET');
  });

  it('judges each township, not the average: a county above 10 km a township on average can fall short', () => {
    const averageMet = counties.filter((c) => {
      const average = indicatorValue(byId.get('transport.roadUpgradeKmPerTownship')!, valueOf(c.code), 2019);
      return average !== null && average >= 10;
    });
    const short = averageMet.filter(
      (c) => statusOf('transport.everyTownshipWithTasksUpgraded10Km', c.code, 2019) === 'NOT_MET',
    );
    expect(short.length).toBeGreaterThan(0);
    for (const c of short) {
      const f = generate(c, 2019);
      expect(f['transport.townshipsWithTasksUpgraded10Km']!, c.code).toBeLessThan(f['transport.townshipsWithTasks']!);
    }
  });

  it('does not apply a rule where its units do not exist, with the reason', () => {
    expect(outcomeOf('transport.everyTownshipWithTasksUpgraded10Km', '420202', 2019)).toEqual({
      status: 'NOT_APPLICABLE',
      actual: null,
      required: null,
      gap: null,
      reason: '本县无有扶贫任务的乡镇 / no township with tasks',
    });
    expect(outcomeOf('transport.accessProjectsArrangedShare', '420202', 2019)).toMatchObject({
      status: 'NOT_APPLICABLE',
      reason: '本县无通畅工程“十三五”规划项目 / no planned access project',
    });
    expect(outcomeOf('transport.naturalVillagesWithHardenedRoadsShare', '420502', 2020)).toMatchObject({
      status: 'NOT_APPLICABLE',
      reason: '本县无规模以上自然村 / no natural village above scale',
    });
    // 猇亭区 counts none of its stock poor villages in 2020 (see sample.ts): nothing to judge.
    expect(outcomeOf('transport.everyPoorVillageUpgraded1Km', '420505', 2020)).toMatchObject({
      status: 'NOT_APPLICABLE',
      reason: '本县无存量贫困村 / no stock poor village',
    });
    expect(statusOf('transport.everyPoorVillageUpgraded1Km', '420505', 2019)).not.toBe('NOT_APPLICABLE');
  });
});
