/** The value axis of a bar chart: tick values from 0 to `top`, one label each, all distinct. */
export interface ChartTicks {
  values: number[];
  labels: string[];
  /** The axis maximum: the last tick, at or above the largest value. */
  top: number;
}

/** At most this many steps between 0 and the top tick (so at most six labels). */
const MAX_STEPS = 5;

/**
 * Clean ticks for a bar chart's value axis: a step of 1, 2 or 5 times a power of ten (never below
 * 1 for counts, so "0 0 1 1 1" cannot happen), as few steps as fit under `MAX_STEPS`, and a top
 * that is a whole number of steps at or above `max`. Labels are the tick values themselves, with
 * as many decimals as the step needs, so a bar drawn to its value ends on the line of that label.
 */
export function chartTicks(max: number, kind: 'int' | 'decimal'): ChartTicks {
  const safeMax = Number.isFinite(max) && max > 0 ? max : 0;
  const minStep = kind === 'int' ? 1 : 0;
  let step = 1;
  if (safeMax > 0) {
    const rough = safeMax / MAX_STEPS;
    const power = 10 ** Math.floor(Math.log10(rough));
    step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough && safeMax / s <= MAX_STEPS + 1e-9) ?? 10 * power;
    step = Math.max(step, minStep);
  }
  const decimals = step >= 1 ? 0 : Math.ceil(-Math.log10(step) - 1e-9);
  const round = (v: number) => Number(v.toFixed(decimals));
  const steps = Math.max(1, Math.ceil(safeMax / step - 1e-9));
  const values = Array.from({ length: steps + 1 }, (_, i) => round(i * step));
  return { values, labels: values.map((v) => v.toFixed(decimals)), top: values.at(-1)! };
}
