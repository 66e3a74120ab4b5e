import { describe, expect, it } from 'vitest';
import { maskAddress, maskEmail, maskIdCard, maskPhone } from '../../src/shared/domain/piiMask';

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

describe('other personal-data masks', () => {
  it('hides the mailbox but keeps the domain', () => {
    expect(maskEmail('wang.li@example.com')).toBe('w******@example.com');
    expect(maskEmail('a@b.cn')).toBe('a*@b.cn');
    expect(maskEmail('no-at-sign')).toBe('**********');
  });
  it('keeps only the region code and the last 4 characters of an ID-card number', () => {
    expect(maskIdCard('11010119900307123X')).toBe('110101********123X');
    expect(maskIdCard('1234')).toBe('****');
  });
  it('keeps province and city of an address and hides the street', () => {
    expect(maskAddress('上海市浦东新区张江路88弄6号')).toBe('上海市浦东新****');
    expect(maskAddress('北京')).toBe('**');
  });
});
