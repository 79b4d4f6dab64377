import { describe, expect, it } from 'vitest';
import { fold, formatDate, formatNumber, highlight, levelLabel, pageCount } from './format';

describe('formatNumber', () => {
  it('groups thousands with a dot in Vietnamese and a comma in English', () => {
    expect(formatNumber(993, 'vi')).toBe('993');
    expect(formatNumber(1234, 'vi')).toBe('1.234');
    expect(formatNumber(1234567, 'vi')).toBe('1.234.567');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(0, 'vi')).toBe('0');
    expect(formatNumber(-12000, 'vi')).toBe('-12.000');
  });
});

describe('formatDate', () => {
  it('writes DD/MM/YYYY in Vietnamese and ISO in English', () => {
    expect(formatDate('2020-05-19', 'vi')).toBe('19/05/2020');
    expect(formatDate('2020-05-19', 'en')).toBe('2020-05-19');
  });
  it('gives nothing for missing or malformed dates', () => {
    expect(formatDate(null, 'vi')).toBe('');
    expect(formatDate('19/05/2020', 'vi')).toBe('');
  });
});

describe('fold', () => {
  it('drops accents and đ', () => {
    expect(fold('Nguyễn Văn An')).toBe('nguyen van an');
    expect(fold('Đảng bộ phường Quán Thánh')).toBe('dang bo phuong quan thanh');
  });
});

describe('highlight', () => {
  it('finds an unaccented query inside accented text', () => {
    expect(highlight('Đảng bộ phường Quán Thánh', 'quan thanh')).toEqual([
      { text: 'Đảng bộ phường ', match: false },
      { text: 'Quán Thánh', match: true },
    ]);
    expect(highlight('Nguyễn Văn An', 'nguyen van an')).toEqual([{ text: 'Nguyễn Văn An', match: true }]);
  });
  it('works on decomposed input', () => {
    const decomposed = 'Nguyễn'.normalize('NFD');
    expect(highlight(decomposed, 'nguyen')).toEqual([{ text: 'Nguyễn', match: true }]);
  });
  it('leaves text alone without a hit', () => {
    expect(highlight('Ba Đình', 'hoan kiem')).toEqual([{ text: 'Ba Đình', match: false }]);
    expect(highlight('Ba Đình', '  ')).toEqual([{ text: 'Ba Đình', match: false }]);
  });
});

describe('levelLabel', () => {
  const levels = [
    { code: 'province', name: 'Tỉnh ủy, Thành ủy', rank: 1 },
    { code: 'zone', name: 'Khu vực', rank: 2 },
  ];
  it('uses the data name in Vietnamese and a fixed English label for known levels', () => {
    expect(levelLabel(levels, 'province', 'vi')).toBe('Tỉnh ủy, Thành ủy');
    expect(levelLabel(levels, 'province', 'en')).toBe('Province / city committee');
    expect(levelLabel(levels, 'zone', 'en')).toBe('Khu vực');
    expect(levelLabel(levels, 'unknown', 'vi')).toBe('unknown');
  });
});

describe('pageCount', () => {
  it('rounds up and never gives zero pages', () => {
    expect(pageCount(993, 20)).toBe(50);
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(40, 20)).toBe(2);
  });
});
