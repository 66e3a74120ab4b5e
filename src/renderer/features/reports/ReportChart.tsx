import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { chartTicks } from '../../../shared/reports/chartTicks';
import { chartColors, type ChartSpec } from '../../../shared/reports/reportDocument';

/**
 * One section's bar chart, drawn by Recharts as SVG (no inline style sheets or eval, so it lives
 * with the strict CSP). Fixed size: the report screen is laid out for it, and it needs no resize
 * observer. The PDF draws the same ChartSpec (main/reports/export/chartLayout.ts).
 */
export function ReportChart({ spec, label }: { spec: ChartSpec; label: string }) {
  const data = spec.categories.map((name, i) => Object.fromEntries([['name', name], ...spec.series.map((s) => [s.key, s.values[i] ?? 0])]));
  const totals = spec.categories.map((_, c) => (spec.stacked ? spec.series.reduce((n, s) => n + (s.values[c] ?? 0), 0) : Math.max(0, ...spec.series.map((s) => s.values[c] ?? 0))));
  // The same clean ticks as the PDF's axis (chartLayout.ts): distinct values, the top a whole step.
  const ticks = chartTicks(Math.max(0, ...totals), spec.valueKind);
  const height = spec.horizontal ? Math.max(160, 28 * spec.categories.length + 40) : 220;
  return (
    <figure className="report-chart" aria-label={label}>
      <BarChart width={spec.horizontal ? 720 : 540} height={height} data={data} layout={spec.horizontal ? 'vertical' : 'horizontal'} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" vertical={spec.horizontal} horizontal={!spec.horizontal} />
        {spec.horizontal ? (
          <>
            <XAxis type="number" allowDecimals={spec.valueKind !== 'int'} domain={[0, ticks.top]} ticks={ticks.values} interval={0} />
            <YAxis type="category" dataKey="name" width={200} tick={{ fontSize: 12 }} />
          </>
        ) : (
          <>
            {/* Many categories (agents' names): slanted so no two names run into each other. */}
            <XAxis dataKey="name" tick={{ fontSize: 12 }} interval={0} {...(spec.categories.length > 6 ? { angle: -35, textAnchor: 'end', height: 56 } : {})} />
            <YAxis allowDecimals={spec.valueKind !== 'int'} width={44} domain={[0, ticks.top]} ticks={ticks.values} interval={0} />
          </>
        )}
        <Tooltip isAnimationActive={false} />
        {spec.series.length > 1 && <Legend />}
        {spec.series.map((s, i) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} fill={chartColors[i % chartColors.length]} stackId={spec.stacked ? 'all' : undefined} isAnimationActive={false} />
        ))}
      </BarChart>
    </figure>
  );
}
