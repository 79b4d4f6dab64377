import { describe, expect, it } from 'vitest';
import {
  ballotsUrl,
  candidateLines,
  committeeFromLines,
  formatDateTime,
  formatPercent,
  kindLabel,
  parseCandidateLines,
  placesOf,
  roundKindLabel,
  shortDigest,
  surplusOf,
  withIds,
} from './elections';
import type { Candidate } from './elections';

describe('surplus (R-SURPLUS)', () => {
  it('is candidates − places over places, two decimals rounded half up', () => {
    expect(surplusOf(47, 41)).toEqual({ surplus: 6, ratio: 14.63 });
    expect(surplusOf(7, 5)).toEqual({ surplus: 2, ratio: 40 });
    expect(surplusOf(6, 5)).toEqual({ surplus: 1, ratio: 20 });
    // 1/8 = 12.5% exactly; 1/3 = 33.333…% → 33.33; 2/3 = 66.666…% → 66.67 (half up).
    expect(surplusOf(9, 8).ratio).toBe(12.5);
    expect(surplusOf(4, 3).ratio).toBe(33.33);
    expect(surplusOf(5, 3).ratio).toBe(66.67);
    expect(surplusOf(3, 5)).toEqual({ surplus: -2, ratio: -40 });
    expect(surplusOf(3, 0)).toEqual({ surplus: 3, ratio: 0 });
  });
  it('counts a delegates list over officials and alternates (R-DELEGATES)', () => {
    expect(placesOf('delegates', 10, 2)).toBe(12);
    expect(placesOf('committee', 41, 0)).toBe(41);
    expect(placesOf('committee', 41, 3)).toBe(41);
  });
  it('writes percentages with the decimal comma in Vietnamese', () => {
    expect(formatPercent(14.63, 'vi')).toBe('14,63%');
    expect(formatPercent(14.63, 'en')).toBe('14.63%');
    expect(formatPercent(40, 'vi')).toBe('40,00%');
    expect(formatPercent(0, 'vi')).toBe('0,00%');
    expect(formatPercent(-100, 'vi')).toBe('-100,00%');
  });
});

describe('a pasted candidate list', () => {
  it('reads one person a line with an optional birth date in either form', () => {
    const parsed = parseCandidateLines(
      'Nguyễn Văn An, 1975-03-02\n\n  Trần   Thị Bình , 12/08/1980\nLê Văn Cường\n4. Phạm Thị Dung, 02.03.1970',
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.candidates.map((c) => [c.line, c.full_name, c.birth_date])).toEqual([
      [1, 'Nguyễn Văn An', '1975-03-02'],
      [3, 'Trần Thị Bình', '1980-08-12'],
      [4, 'Lê Văn Cường', null],
      [5, 'Phạm Thị Dung', '1970-03-02'],
    ]);
  });
  it('reads rows pasted from a spreadsheet: number column, header, gender, member id', () => {
    const parsed = parseCandidateLines(
      'STT\tHọ và tên\tNgày sinh\tGiới tính\n1\tNguyễn Văn An\t02/03/1975\tNam\tDV001\n2\tTrần Thị Bình\t\tNữ',
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.candidates).toEqual([
      { line: 2, full_name: 'Nguyễn Văn An', birth_date: '1975-03-02', gender: 'male', member_id: 'DV001' },
      { line: 3, full_name: 'Trần Thị Bình', birth_date: null, gender: 'female', member_id: '' },
    ]);
  });
  it('names the line of a bad date or a column it does not understand', () => {
    const parsed = parseCandidateLines('Nguyễn Văn An, 31/02/1975\nTrần Thị Bình, Hà Nội\nLê Văn Cường');
    expect(parsed.problems.map((p) => [p.line, p.key])).toEqual([
      [1, 'elections.paste.badDate'],
      [2, 'elections.paste.extra'],
    ]);
    expect(parsed.candidates.map((c) => c.full_name)).toEqual(['Lê Văn Cường']);
  });
  it('normalizes names to NFC', () => {
    const decomposed = 'Nguyễn Văn An'.normalize('NFD');
    expect(parseCandidateLines(decomposed).candidates[0].full_name).toBe('Nguyễn Văn An'.normalize('NFC'));
  });
  it('writes the saved list back as the editor shows it', () => {
    expect(
      candidateLines([
        { full_name: 'Nguyễn Văn An', birth_date: '1975-03-02' },
        { full_name: 'Lê Văn Cường', birth_date: null },
      ]),
    ).toBe('Nguyễn Văn An, 1975-03-02\nLê Văn Cường');
  });
  it('keeps the ids of saved candidates and gives new ones the next free id', () => {
    const saved: Candidate[] = [
      { position: 1, id: 'c1', full_name: 'Nguyễn Văn An', birth_date: '1975-03-02', member_id: 'DV1', gender: 'male' },
      { position: 2, id: 'c4', full_name: 'Trần Thị Bình', birth_date: null, member_id: '', gender: '' },
    ];
    const parsed = parseCandidateLines('Lê Văn Cường\nTrần Thị Bình\nNguyễn Văn An, 1975-03-02\nNguyễn Văn An');
    expect(withIds(parsed.candidates, saved)).toEqual([
      { id: 'c5', full_name: 'Lê Văn Cường', birth_date: null, member_id: '', gender: '' },
      { id: 'c4', full_name: 'Trần Thị Bình', birth_date: null, member_id: '', gender: '' },
      { id: 'c1', full_name: 'Nguyễn Văn An', birth_date: '1975-03-02', member_id: 'DV1', gender: 'male' },
      { id: 'c6', full_name: 'Nguyễn Văn An', birth_date: null, member_id: '', gender: '' },
    ]);
    expect(withIds(parseCandidateLines('A\nB').candidates, []).map((c) => c.id)).toEqual(['c1', 'c2']);
  });
  it('reads the counting committee one a line, head first', () => {
    expect(committeeFromLines('1. Nguyễn Văn A (Trưởng ban)\n\n2) Trần  Thị B\nLê Văn C ')).toEqual([
      'Nguyễn Văn A (Trưởng ban)',
      'Trần Thị B',
      'Lê Văn C',
    ]);
  });
});

describe('election words and links', () => {
  it('labels kinds and rounds, leaving unknown values as they are', () => {
    expect(kindLabel('committee', 'vi')).toBe('Ban Chấp hành');
    expect(kindLabel('delegates', 'en')).toBe('Delegates to the higher congress');
    expect(kindLabel('council', 'vi')).toBe('council');
    expect(roundKindLabel('revote_tied', 'vi')).toBe('bầu lại giữa những người bằng phiếu');
    expect(roundKindLabel('other', 'vi')).toBe('other');
  });
  it('asks for printed ballots with copies and paper only when chosen', () => {
    expect(ballotsUrl(3, 1, 'auto')).toBe('/api/v1/elections/3/ballots.pdf');
    expect(ballotsUrl(3, 120, 'a5')).toBe('/api/v1/elections/3/ballots.pdf?copies=120&paper=a5');
    expect(ballotsUrl(3, 0, 'a4')).toBe('/api/v1/elections/3/ballots.pdf?paper=a4');
  });
  it('shortens the digest as the ballot prints it and shows instants on the local clock', () => {
    expect(shortDigest('9a48965e73bd585f71c8485cf645dc06')).toBe('9a48965e73bd');
    expect(shortDigest(null)).toBe('');
    const local = new Date(2026, 10, 23, 7, 5);
    expect(formatDateTime(local.toISOString(), 'vi')).toBe('23/11/2026 07:05');
    expect(formatDateTime(local.toISOString(), 'en')).toBe('2026-11-23 07:05');
    expect(formatDateTime('not a date', 'vi')).toBe('');
    expect(formatDateTime(null, 'vi')).toBe('');
  });
});
