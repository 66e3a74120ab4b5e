import { describe, expect, it } from 'vitest';
import { maskPhone } from '../../src/shared/domain/piiMask';

describe('phone mask', () => {
  it('shows only the first 3 and last 4 digits of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
  it('masks landlines and international numbers the same way, ignoring separators', () => {
    expect(maskPhone('010-62345678')).toBe('010****5678');
    expect(maskPhone('+8613812345678')).toBe('861******5678');
  });
  it('never shows a short number whole', () => {
    expect(maskPhone('12345')).toBe('*2345');
    expect(maskPhone('1234')).toBe('****');
  });
});
