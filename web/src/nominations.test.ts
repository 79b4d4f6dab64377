import { describe, expect, it } from 'vitest';
import { countOf, personWarnings, statusKey, statusTone, structureRows } from './nominations';
import type { Structure, StructureTargets } from './nominations';

const targets: StructureTargets = {
  women_min_percent: 15,
  under_40_min_percent: 10,
  age_40_50_min_percent: 40,
  age_40_50_max_percent: 50,
  first_time_min_months: 60,
  reelected_min_months: 48,
  retirement_age_male_months: 720,
  retirement_age_female_months: 660,
};

const structure: Structure = {
  total: 47,
  women: 6,
  women_percent: 12.77,
  under_40: 5,
  under_40_percent: 10.64,
  age_40_50: 30,
  age_40_50_percent: 63.83,
  over_50: 12,
  over_50_percent: 25.53,
  age_unknown: 0,
  first_time: 17,
  reelected: 30,
  warnings: [
    { code: 'women', nomination_id: null, message: 'Tỷ lệ nữ 12,77%' },
    { code: 'age_40_50', nomination_id: null, message: 'Tỷ lệ từ 40 đến 50 tuổi 63,83%' },
    { code: 'time_left', nomination_id: 12, message: 'còn 18 tháng' },
    { code: 'birth_date', nomination_id: 12, message: 'thiếu ngày sinh' },
  ],
};

describe('structure against the targets (R-STRUCTURE)', () => {
  it('flags the measures the server warned about, and only those', () => {
    const rows = structureRows({ structure, targets });
    expect(rows.map((row) => [row.key, row.warn])).toEqual([
      ['women', true],
      ['under_40', false],
      ['age_40_50', true],
      ['over_50', false],
      ['reelected', false],
      ['first_time', false],
    ]);
    expect(rows[0]).toMatchObject({ count: 6, percent: 12.77, target: '≥ 15%' });
    expect(rows[2].target).toBe('40–50%');
  });

  it('groups the per-person warnings by nomination', () => {
    expect(personWarnings(structure).get(12)).toEqual(['còn 18 tháng', 'thiếu ngày sinh']);
    expect(personWarnings(structure).has(1)).toBe(false);
  });
});

describe('statuses', () => {
  it('maps each status to a tone and a label key', () => {
    expect(statusTone('on_list')).toBe('ok');
    expect(statusTone('poll_pending')).toBe('pending');
    expect(statusTone('withdrawal_pending')).toBe('pending');
    expect(statusTone('ineligible')).toBe('error');
    expect(statusTone('withdrawn')).toBe('off');
    expect(statusKey('not_admitted')).toBe('nominations.status.not_admitted');
  });
});

describe('vote counts', () => {
  it('reads whole numbers only', () => {
    expect(countOf(' 270 ')).toBe(270);
    expect(countOf('27.5')).toBeNull();
    expect(countOf('')).toBeNull();
    expect(countOf('-3')).toBeNull();
  });
});
