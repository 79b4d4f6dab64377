import { describe, expect, it } from 'vitest';
import {
  formatPercent,
  kindTotal,
  ratedYears,
  rootTarget,
  roundPeriod,
  segmentWidths,
  sharesOf,
} from './building';
import type { Admissions, RatingShares, YearShares } from './building';

const year = (y: number, kind: 'organization' | 'member', rated: number): YearShares => ({
  year: y,
  kind,
  rated,
  grades: [],
  cap: { top: 0, base: 0, allowed: 0, exceeded: false, warning: '' },
});

describe('building', () => {
  it('widths of a stacked bar sum to 100', () => {
    expect(segmentWidths([1, 1, 1])).toEqual([33.4, 33.3, 33.3]);
    expect(segmentWidths([2, 6, 1, 1])).toEqual([20, 60, 10, 10]);
    expect(segmentWidths([0, 0])).toEqual([0, 0]);
    const widths = segmentWidths([7, 13, 29, 3]);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 6);
  });

  it('keeps the rated years of one kind in order', () => {
    const view: RatingShares = {
      root: 'BADINH',
      root_name: 'Đảng bộ quận Ba Đình',
      cap: { max_percent: 20, base_rank: 2 },
      grades: [],
      shares: [year(2024, 'organization', 56), year(2023, 'organization', 55), year(2024, 'member', 0)],
    };
    expect(sharesOf(view, 'organization').map((s) => s.year)).toEqual([2023, 2024]);
    expect(sharesOf(view, 'member')).toEqual([]);
    expect(ratedYears(view)).toEqual([2024, 2023]);
  });

  it('formats percentages for each language', () => {
    expect(formatPercent(105.8181, 'vi')).toBe('105,8%');
    expect(formatPercent(20, 'en')).toBe('20%');
  });

  it('finds the root target and the round period', () => {
    const view: Admissions = {
      root: 'BADINH',
      root_name: '',
      term: '',
      targets: [
        { org_code: 'BADINH-X', name: '', term: '2015-2020', from: '', to: '', target: 5, admitted: 3, percent: 60, reached: false },
        { org_code: 'BADINH', name: '', term: '2015-2020', from: '', to: '', target: 1100, admitted: 1164, percent: 105.8, reached: true },
      ],
      units: [],
      years: [],
    };
    expect(rootTarget(view)?.admitted).toBe(1164);
    expect(rootTarget({ ...view, targets: [] })).toBeNull();
    expect(roundPeriod(2020)).toEqual({ from: '2019-01-01', to: '2020-12-31' });
    expect(kindTotal({ items: 0, copies: 0, kinds: [] }, 'bulletin').copies).toBe(0);
  });
});
