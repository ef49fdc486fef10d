import { useMemo } from 'react';
import { EChart } from '../charts/echart';
import { echarts } from '../charts/echarts';
import { formatShare } from '../format';
import type { Standing } from '../pages/province/standing';
import hubeiCounties from './hubei-counties.json';

// Registered once: 103 county shapes keyed by division code (README.md beside this file).
echarts.registerMap('hubei', hubeiCounties as unknown as Parameters<typeof echarts.registerMap>[1]);

export interface MapCounty {
  code: string;
  name: string;
  standing: Standing;
  /** Why it has no score, when it has none (a poverty county, no tasks). */
  note?: string;
}

interface RegionDatum {
  name: string;
  value: number | '-';
  countyName: string;
  detail: string;
}

/** Hubei's counties coloured by `standing.score`; grey where there is none. Clicking opens a county. */
export function HubeiMap({
  counties,
  basis,
  onCountyClick,
}: {
  counties: readonly MapCounty[];
  /** What the colour means, for the legend. */
  basis: string;
  onCountyClick: (code: string) => void;
}) {
  const option = useMemo(() => {
    const data: RegionDatum[] = counties.map((county) => ({
      name: county.code,
      value: county.standing.score ?? '-',
      countyName: county.name,
      detail:
        county.standing.score === null
          ? (county.note ?? '无可评价的规则结果')
          : `达标 ${county.standing.met} / ${county.standing.judged} 条规则（${formatShare(county.standing.score)}）${county.standing.sample ? ' · 样例数据' : ''}`,
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
        max: 1,
        left: 8,
        bottom: 8,
        text: ['100%', '0%'],
        textStyle: { fontSize: 11 },
        calculable: false,
        inRange: { color: ['#c23531', '#f1c453', '#3a9d5d'] },
        formatter: (value: number) => formatShare(value),
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
  }, [counties, basis]);

  return (
    <EChart
      label="湖北省各县达标情况地图"
      option={option}
      style={{ height: 560 }}
      onItemClick={(datum) => {
        const code = (datum as RegionDatum | undefined)?.name;
        if (code) onCountyClick(code);
      }}
    />
  );
}
