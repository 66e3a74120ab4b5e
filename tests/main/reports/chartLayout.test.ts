import { describe, expect, it } from 'vitest';
import { layOutChart } from '../../../src/main/reports/export/chartLayout';
import type { ChartSpec } from '../../../src/shared/reports/reportDocument';

const spec = (values: number[], extra: Partial<ChartSpec> = {}): ChartSpec => ({
  categories: values.map((_, i) => `c${i}`),
  series: [{ key: 'n', name: 'n', values }],
  stacked: false,
  horizontal: false,
  valueKind: 'int',
  ...extra,
});
const box = { x: 0, y: 0, width: 400, height: 150 };

describe('chart layout (PDF and printable HTML draw from it)', () => {
  it('labels the value axis with distinct integers (a chart of ones once read "0 0 1 1 1")', () => {
    expect(layOutChart(spec([1, 1, 0]), box).grid.map((g) => g.label)).toEqual(['0', '1']);
    expect(layOutChart(spec([2, 1]), box).grid.map((g) => g.label)).toEqual(['0', '1', '2']);
  });

  it('ends each vertical bar exactly on the grid line labelled with its value', () => {
    for (const values of [[1, 0, 1], [2, 1], [3, 1, 2], [6, 4, 2]]) {
      const chart = layOutChart(spec(values), box);
      values.forEach((v, i) => {
        const line = chart.grid.find((g) => g.label === String(v));
        if (!line) return; // a value between two ticks (e.g. 3 on a 0-2-4-6 axis) has no line of its own
        const bar = chart.bars[i]!;
        expect(bar.y).toBeCloseTo(line.y1, 6);
        expect(bar.y + bar.height).toBeCloseTo(chart.axis.y1, 6);
      });
    }
  });

  it('ends each horizontal bar on the vertical grid line of its value', () => {
    const chart = layOutChart(spec([4, 2, 1], { horizontal: true }), box);
    [4, 2, 1].forEach((v, i) => {
      const line = chart.grid.find((g) => g.label === String(v))!;
      expect(chart.bars[i]!.x + chart.bars[i]!.width).toBeCloseTo(line.x1, 6);
    });
  });
});
