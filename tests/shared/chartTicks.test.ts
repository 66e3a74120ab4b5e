import { describe, expect, it } from 'vitest';
import { chartTicks } from '../../src/shared/reports/chartTicks';

describe('chart axis ticks (PDF and printable report)', () => {
  it('are clean integers for counts: no duplicate labels like "0 0 1 1 1"', () => {
    expect(chartTicks(1, 'int').labels).toEqual(['0', '1']);
    expect(chartTicks(2, 'int').labels).toEqual(['0', '1', '2']);
    expect(chartTicks(3, 'int').labels).toEqual(['0', '1', '2', '3']);
    expect(chartTicks(5, 'int').labels).toEqual(['0', '1', '2', '3', '4', '5']);
    expect(chartTicks(7, 'int').labels).toEqual(['0', '2', '4', '6', '8']);
    expect(chartTicks(37, 'int').labels).toEqual(['0', '10', '20', '30', '40']);
    expect(chartTicks(1234, 'int').labels).toEqual(['0', '500', '1000', '1500']);
  });

  it('an empty chart still has an axis from 0 to 1', () => {
    expect(chartTicks(0, 'int')).toEqual({ values: [0, 1], labels: ['0', '1'], top: 1 });
  });

  it('every tick value is its label, the top covers the largest value, and there are at most six', () => {
    for (let max = 0; max <= 2000; max++) {
      const ticks = chartTicks(max, 'int');
      expect(new Set(ticks.labels).size).toBe(ticks.labels.length);
      expect(ticks.labels).toEqual(ticks.values.map(String));
      expect(ticks.values.every(Number.isInteger)).toBe(true);
      expect(ticks.top).toBeGreaterThanOrEqual(max);
      expect(ticks.top).toBe(ticks.values.at(-1));
      expect(ticks.values.length).toBeLessThanOrEqual(6);
    }
  });

  it('decimal values get steps with as many decimals as they need', () => {
    expect(chartTicks(0.8, 'decimal').labels).toEqual(['0.0', '0.2', '0.4', '0.6', '0.8']);
    expect(chartTicks(4.6, 'decimal').labels).toEqual(['0', '1', '2', '3', '4', '5']);
  });
});
