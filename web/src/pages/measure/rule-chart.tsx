import { useMemo } from 'react';
import { EChart } from '../../charts/echart';
import { formatValue, type RuleStatus, type Unit, UNIT_LABEL } from '../../format';

export interface CountyResult {
  code: string;
  name: string;
  status: RuleStatus;
  actual: number | null;
  required: number | null;
  gap: number | null;
}

const STATUS_COLOUR: Record<RuleStatus, string> = {
  MET: '#3a9d5d',
  NOT_MET: '#c23531',
  NO_DATA: '#bbbbbb',
  NOT_APPLICABLE: '#d5d9dd',
};

interface BarDatum {
  value: number;
  code: string;
  status: RuleStatus;
  itemStyle: { color: string };
}

/** The counties' actual figures (bars, coloured by status) against what each was required (marks). */
export function RuleChart({
  title,
  unit,
  results,
  onCountyClick,
}: {
  title: string;
  unit: Unit;
  results: readonly CountyResult[];
  onCountyClick: (code: string) => void;
}) {
  const option = useMemo(() => {
    const judged = results
      // Only judged figures: NO_DATA has none to draw, NOT_APPLICABLE none to judge.
      .filter((result) => (result.status === 'MET' || result.status === 'NOT_MET') && result.actual !== null)
      .sort((a, b) => (b.actual ?? 0) - (a.actual ?? 0));
    const bars: BarDatum[] = judged.map((result) => ({
      value: result.actual!,
      code: result.code,
      status: result.status,
      itemStyle: { color: STATUS_COLOUR[result.status] },
    }));
    return {
      grid: { left: 64, right: 16, top: 36, bottom: 72 },
      legend: { top: 4, data: ['实际', '要求'] },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params: Array<{ dataIndex: number }>) => {
          const result = judged[params[0]?.dataIndex ?? -1];
          if (!result) return '';
          return [
            `<strong>${result.name}</strong>（${result.status === 'MET' ? '达标' : '未达标'}）`,
            `实际 ${formatValue(result.actual, unit)}`,
            `要求 ${formatValue(result.required, unit)}`,
            result.status === 'NOT_MET' && result.gap !== null ? `差距 ${formatValue(result.gap, unit)}` : '',
          ]
            .filter(Boolean)
            .join('<br/>');
        },
      },
      xAxis: {
        type: 'category',
        data: judged.map((result) => result.name),
        axisLabel: { rotate: 60, fontSize: 10, interval: 0 },
      },
      yAxis: { type: 'value', name: UNIT_LABEL[unit] },
      series: [
        { name: '实际', type: 'bar', data: bars, barMaxWidth: 18, itemStyle: { color: STATUS_COLOUR.MET } },
        {
          name: '要求',
          type: 'scatter',
          symbol: 'rect',
          symbolSize: [14, 3],
          itemStyle: { color: '#222' },
          data: judged.map((result) => result.required),
          z: 3,
        },
      ],
    };
  }, [results, unit]);

  return (
    <EChart
      label={`${title}：各县实际与要求`}
      option={option}
      style={{ height: 320 }}
      onItemClick={(datum) => {
        const code = (datum as BarDatum | undefined)?.code;
        if (code) onCountyClick(code);
      }}
    />
  );
}
