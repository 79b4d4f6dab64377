import { describe, expect, it } from 'vitest';
import { asAllocationUnits, decimal, electedSeats, methodLabel, methodTotals, spread } from './allocation';
import type { Comparison, ComparisonUnit } from './allocation';

function unit(code: string, members: number, seats: [number, number, number, number]): ComparisonUnit {
  return {
    org_code: code,
    name: `Đảng bộ ${code}`,
    members,
    member_source: 'stated',
    minimum: null,
    weight: '1',
    quota: '0.00',
    remainder: '0.0000',
    seats: { largest_remainder: seats[0], dhondt: seats[1], sainte_lague: seats[2], huntington_hill: seats[3] },
    differs: new Set(seats).size > 1,
  };
}

const comparison: Comparison = {
  org_code: 'Q',
  term: '2025-2030',
  seats: 10,
  minimum: 0,
  as_of: '2025-03-01',
  members: 10000,
  methods: ['largest_remainder', 'dhondt', 'sainte_lague', 'huntington_hill'],
  units: [unit('A', 5000, [5, 6, 5, 5]), unit('B', 3000, [3, 3, 3, 3]), unit('C', 1200, [1, 1, 1, 1]), unit('D', 800, [1, 0, 1, 1])],
};

describe('allocation', () => {
  it('elected seats are the total minus the ex-officio members (R-EX-OFFICIO)', () => {
    expect(electedSeats(275, 41)).toBe(234);
    expect(electedSeats(41, 41)).toBeNull();
    expect(electedSeats(275, -1)).toBeNull();
    expect(electedSeats(27.5, 1)).toBeNull();
  });

  it('totals every method over the units', () => {
    expect(methodTotals(comparison)).toEqual({ largest_remainder: 10, dhondt: 10, sainte_lague: 10, huntington_hill: 10 });
  });

  it('measures how far the methods disagree on a unit', () => {
    expect(comparison.units.map(spread)).toEqual([1, 0, 0, 1]);
  });

  it('reads one method out of a comparison', () => {
    expect(asAllocationUnits(comparison, 'dhondt').map((u) => u.seats)).toEqual([6, 3, 1, 0]);
  });

  it('writes decimals and methods in the chosen language', () => {
    expect(decimal('12.35', 'vi')).toBe('12,35');
    expect(decimal('12.35', 'en')).toBe('12.35');
    expect(methodLabel('largest_remainder', 'vi')).toBe('Số dư lớn nhất');
    expect(methodLabel('huntington_hill', 'en')).toBe('Huntington–Hill');
  });
});
