import {
  checkDepartmentModel,
  evaluateRule,
  indicatorValue,
  isPublished,
  PLAN_YEARS,
  type RuleStatus,
  type ValueOf,
} from '@fupin/kit';
import { nonPovertyCountiesWithTasks } from '@fupin/reference';
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

function statusOf(ruleId: string, code: string, year: number): RuleStatus | undefined {
  const rule = transportModel.rules.find((r) => r.id === ruleId)!;
  const indicator = byId.get(rule.indicator)!;
  return evaluateRule(rule, (y) => indicatorValue(indicator, valueOf(code), y), year)?.status;
}

describe('the transport model', () => {
  it('is consistent by the kit’s own check', () => {
    expect(() => checkDepartmentModel('transport', transportModel)).not.toThrow();
  });

  it('covers measure 11 only, with a rule on each of its five requirements', () => {
    expect(new Set([...transportModel.indicators, ...transportModel.rules].map((x) => x.measure))).toEqual(
      new Set([11]),
    );
    expect(transportModel.rules.map((r) => [r.id, r.required, r.years])).toEqual([
      ['transport.roadUpgradeKmPerTownship', 10, [2019, 2020]],
      ['transport.roadUpgradeKmPerPoorVillage', 1, [2019, 2020]],
      ['transport.accessProjectsArrangedShare', 100, [2019, 2020]],
      ['transport.townshipsOnClassTwoRoadsShare', 100, [2020]],
      ['transport.naturalVillagesWithHardenedRoadsShare', 100, [2020]],
      ['transport.scenicSpots4APlusOnClassTwoRoadsShare', 100, [2020]],
    ]);
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
      'transport.townshipRoadUpgradeKm': 135.7,
      'transport.poorVillages': 18,
      'transport.poorVillageRoadUpgradeKm': 34.4,
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

  it("counts each county's stock poor villages as its poor villages", () => {
    for (const c of counties) {
      for (const year of PLAN_YEARS) {
        const poorVillages = generate(c, year)['transport.poorVillages'];
        if (poorVillages !== undefined) expect(poorVillages, c.code).toBe(c.stockPoorVillages);
      }
    }
    expect(counties.reduce((sum, c) => sum + generate(c, 2019)['transport.poorVillages']!, 0)).toBe(788);
  });

  it('gives more townships with tasks, and more km, where there are more poor villages', () => {
    const rows = counties.map((c) => ({ villages: c.stockPoorVillages, ...generate(c, 2019) }));
    const many = rows.filter((r) => r.villages >= 18);
    const few = rows.filter((r) => r.villages <= 8);
    const mean = (rs: typeof rows, key: string) => rs.reduce((s, r) => s + (r as any)[key], 0) / rs.length;
    expect(mean(many, 'transport.townshipsWithTasks')).toBeGreaterThan(mean(few, 'transport.townshipsWithTasks'));
    expect(mean(many, 'transport.townshipRoadUpgradeKm')).toBeGreaterThan(mean(few, 'transport.townshipRoadUpgradeKm'));
    const perTownship = counties.map((c) =>
      indicatorValue(byId.get('transport.roadUpgradeKmPerTownship')!, valueOf(c.code), 2019)!,
    );
    expect(perTownship.filter((km) => km >= 8 && km <= 16.5).length).toBeGreaterThan(counties.length * 0.8);
  });

  it('never lets a share fall from one year to the next', () => {
    const shares = transportModel.indicators.filter((i) => i.unit === 'PERCENT');
    for (const c of counties) {
      for (const indicator of shares) {
        const [y2018, y2019, y2020] = PLAN_YEARS.map((y) => indicatorValue(indicator, valueOf(c.code), y));
        expect(y2018!, `${indicator.id} ${c.code}`).toBeLessThanOrEqual(y2019!);
        if (y2020 != null) expect(y2019!, `${indicator.id} ${c.code}`).toBeLessThanOrEqual(y2020);
      }
    }
  });

  it('shows every rule met, not met and without data somewhere', () => {
    for (const [rule, seen] of checkSample(transportModel, counties, generate).statuses) {
      expect([...seen].sort(), rule).toEqual(['MET', 'NOT_MET', 'NO_DATA']);
    }
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
    const statuses = huanggang.map((code) => statusOf('transport.roadUpgradeKmPerTownship', code, 2019));
    expect(statuses).toContain('MET');
    expect(statuses).toContain('NOT_MET');
  });
});
