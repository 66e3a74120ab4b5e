import { chartTicks } from '../../../shared/reports/chartTicks';
import { chartColors, type ChartSpec } from '../../../shared/reports/reportDocument';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidOutChart {
  bars: { x: number; y: number; width: number; height: number; color: string }[];
  /** Value grid lines with their axis labels. */
  grid: { x1: number; y1: number; x2: number; y2: number; label: string; labelX: number; labelY: number; anchor: 'end' | 'middle' }[];
  categories: { text: string; x: number; y: number; anchor: 'start' | 'middle' | 'end'; maxWidth: number }[];
  legend: { text: string; color: string; x: number; y: number }[];
  axis: { x1: number; y1: number; x2: number; y2: number };
}

const FONT = 7;

/**
 * Where every bar, grid line and label of a bar chart goes inside `box` (y grows downwards, as in
 * PDF and SVG), so the PDF (pdfkit) and the printable HTML (SVG for printToPDF) draw the same chart.
 */
export function layOutChart(spec: ChartSpec, box: Box): LaidOutChart {
  const legendHeight = spec.series.length > 1 ? 14 : 0;
  const legend = spec.series.map((s, i) => ({ text: s.name, color: chartColors[i % chartColors.length]!, x: box.x + i * 90, y: box.y }));
  const totals = spec.categories.map((_, c) => (spec.stacked ? spec.series.reduce((n, s) => n + (s.values[c] ?? 0), 0) : Math.max(0, ...spec.series.map((s) => s.values[c] ?? 0))));
  // Clean ticks (distinct integers for counts) and bars scaled to the same top, so a bar ends on its value's line.
  const ticks = chartTicks(Math.max(0, ...totals), spec.valueKind);
  const top = ticks.top;
  const bars: LaidOutChart['bars'] = [];
  const grid: LaidOutChart['grid'] = [];
  const categories: LaidOutChart['categories'] = [];
  const n = Math.max(1, spec.categories.length);

  if (spec.horizontal) {
    const labelWidth = Math.min(150, box.width * 0.38);
    const plot = { x: box.x + labelWidth + 4, y: box.y + legendHeight, width: box.width - labelWidth - 12, height: box.height - legendHeight - 12 };
    const slot = plot.height / n;
    ticks.values.forEach((value, t) => {
      const x = plot.x + (plot.width * value) / top;
      grid.push({ x1: x, y1: plot.y, x2: x, y2: plot.y + plot.height, label: ticks.labels[t]!, labelX: x, labelY: plot.y + plot.height + FONT + 2, anchor: 'middle' });
    });
    spec.categories.forEach((text, c) => {
      const thickness = Math.min(14, slot * 0.7);
      const y = plot.y + c * slot + (slot - thickness) / 2;
      let x = plot.x;
      spec.series.forEach((s, i) => {
        const w = ((s.values[c] ?? 0) / top) * plot.width;
        const barY = spec.stacked ? y : y + (thickness / spec.series.length) * i;
        const barH = spec.stacked ? thickness : thickness / spec.series.length;
        bars.push({ x: spec.stacked ? x : plot.x, y: barY, width: w, height: barH, color: chartColors[i % chartColors.length]! });
        if (spec.stacked) x += w;
      });
      categories.push({ text, x: plot.x - 4, y: y + thickness / 2 + FONT / 2 - 1, anchor: 'end', maxWidth: labelWidth });
    });
    return { bars, grid, categories, legend, axis: { x1: plot.x, y1: plot.y, x2: plot.x, y2: plot.y + plot.height } };
  }

  const axisWidth = 30;
  const plot = { x: box.x + axisWidth, y: box.y + legendHeight + 4, width: box.width - axisWidth - 4, height: box.height - legendHeight - 4 - 16 };
  const slot = plot.width / n;
  ticks.values.forEach((value, t) => {
    const y = plot.y + plot.height - (plot.height * value) / top;
    grid.push({ x1: plot.x, y1: y, x2: plot.x + plot.width, y2: y, label: ticks.labels[t]!, labelX: plot.x - 3, labelY: y + FONT / 2 - 1, anchor: 'end' });
  });
  spec.categories.forEach((text, c) => {
    const groupWidth = Math.min(48, slot * 0.7);
    const x = plot.x + c * slot + (slot - groupWidth) / 2;
    let base = plot.y + plot.height;
    spec.series.forEach((s, i) => {
      const h = ((s.values[c] ?? 0) / top) * plot.height;
      const barWidth = spec.stacked ? groupWidth : groupWidth / spec.series.length;
      const barX = spec.stacked ? x : x + barWidth * i;
      bars.push({ x: barX, y: (spec.stacked ? base : plot.y + plot.height) - h, width: barWidth, height: h, color: chartColors[i % chartColors.length]! });
      if (spec.stacked) base -= h;
    });
    categories.push({ text, x: plot.x + c * slot + slot / 2, y: plot.y + plot.height + FONT + 4, anchor: 'middle', maxWidth: slot - 2 });
  });
  return { bars, grid, categories, legend, axis: { x1: plot.x, y1: plot.y + plot.height, x2: plot.x + plot.width, y2: plot.y + plot.height } };
}
