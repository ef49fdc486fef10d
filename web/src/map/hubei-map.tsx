import { useMemo } from 'react';
import { EChart } from '../charts/echart';
import { echarts } from '../charts/echarts';
import { formatNumber, formatScore } from '../format';
import type { Standing } from '../pages/province/standing';
import hubeiCounties from './hubei-counties.json';

// Registered once: 103 county shapes keyed by division code (README.md beside this file).
echarts.registerMap('hubei', hubeiCounties as unknown as Parameters<typeof echarts.registerMap>[1]);

export interface MapCounty {
  code: string;
  name: string;
  /** Its assessment; null for a county not assessed (a poverty county, no tasks). */
  standing: Standing | null;
  /** Why it has no score, when it has none (a poverty county, no tasks). */
  note?: string;
}

interface RegionDatum {
  name: string;
  value: number | '-';
  countyName: string;
  detail: string;
}

/**
 * Hubei's counties coloured by their assessment score (0–100); grey where there is none. Clicking
 * opens a county.
 */
export function HubeiMap({
  counties,
  basis,
  sample,
  onCountyClick,
}: {
  counties: readonly MapCounty[];
  /** What the colour means, for the legend. */
  basis: string;
  /** Whether the scores come from sample figures. */
  sample: boolean;
  onCountyClick: (code: string) => void;
}) {
  const option = useMemo(() => {
    const data: RegionDatum[] = counties.map(({ code, name, standing, note }) => ({
      name: code,
      value: standing?.score ?? '-',
      countyName: name,
      detail:
        standing?.score === null || standing?.score === undefined
          ? (note ?? '本年无可考核的措施')
          : `考核得分 ${formatScore(standing.score)}，第 ${standing.rank ?? '—'} / ${standing.rankedAmong} 名<br/>` +
            `规则达标 ${standing.rulesMet} / ${standing.rulesAssessed} 条（${formatNumber(standing.shareOfRulesMet ?? 0, 2)}%）` +
            (sample ? ' · 样例数据' : ''),
    }));
    return {
      tooltip: {
        trigger: 'item',
        formatter: (params: { data?: RegionDatum }) =>
          params.data
            ? `<strong>${params.data.countyName}</strong>（${params.data.name}）<br/>${params.data.detail}`
            : '',
      },
      visualMap: {
        type: 'continuous',
        min: 0,
        max: 100,
        left: 8,
        bottom: 8,
        text: ['100 分', '0 分'],
        textStyle: { fontSize: 11 },
        calculable: false,
        inRange: { color: ['#c23531', '#f1c453', '#3a9d5d'] },
        formatter: (value: number) => formatNumber(value, 0),
      },
      title: {
        text: basis,
        left: 'center',
        bottom: 0,
        textStyle: { fontSize: 11, fontWeight: 'normal', color: '#666' },
      },
      series: [
        {
          type: 'map',
          map: 'hubei',
          nameProperty: 'code',
          roam: false,
          selectedMode: false,
          // The map keeps Hubei's proportions inside this box; the visual map sits bottom left.
          left: 56,
          right: 8,
          top: 8,
          bottom: 28,
          itemStyle: { areaColor: '#e0e0e0', borderColor: '#ffffff', borderWidth: 0.6 },
          emphasis: {
            label: { show: true, formatter: (params: { data?: RegionDatum }) => params.data?.countyName ?? '' },
            itemStyle: { areaColor: '#5b8ff9' },
          },
          label: { show: false },
          data,
        },
      ],
    };
  }, [counties, basis, sample]);

  return (
    <div data-testid="province-map" data-scored={counties.filter((c) => typeof c.standing?.score === 'number').length}>
      <EChart
        label="湖北省各县考核得分地图"
        option={option}
        style={{ height: 560 }}
        onItemClick={(datum) => {
          const code = (datum as RegionDatum | undefined)?.name;
          if (code) onCountyClick(code);
        }}
      />
    </div>
  );
}
