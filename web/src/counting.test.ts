import { describe, expect, it } from 'vitest';
import {
  barPercent,
  barScale,
  checkScan,
  cleanStation,
  decodePayload,
  describeBallot,
  differences,
  heldNumbers,
  isScan,
  loadStation,
  markOf,
  needsCongressVote,
  nextNumber,
  nextStepText,
  numberList,
  ownBallots,
  parseTyped,
  placesOfRound,
  previewBallot,
  saveStation,
  statusLabel,
  toggleTyped,
  typedText,
  STATION_KEY,
} from './counting';
import type { StoredEntry, TallyResult } from './counting';

const flags = (patch: Partial<{ unofficial: boolean; marked: boolean; write_in: string[] }> = {}) => ({
  unofficial: false,
  marked: false,
  write_in: [],
  ...patch,
});

describe("a ballot's QR code, scanned at the station", () => {
  const digest = 'ab'.repeat(32);
  const own = `DAIHOI-BALLOT/1/E7/${digest}`;
  const refusal = (text: string) => {
    const check = checkScan(text, own);
    return check.ok ? null : check.error;
  };

  it('tells a scan from a typed ballot', () => {
    expect(isScan(own)).toBe(true);
    expect(isScan(` ${own}\n`)).toBe(true);
    expect(isScan('DAIHOI-BALLOT/garbage')).toBe(true);
    expect(isScan('2 5')).toBe(false);
    expect(isScan('daihoi-ballot/1/E7/x')).toBe(false);
  });

  it("accepts this election's current list, as the scanner typed it", () => {
    expect(checkScan(own, own)).toEqual({ ok: true, qr: own });
    expect(checkScan(`  ${own}\r\n`, own)).toEqual({ ok: true, qr: own });
  });

  it('refuses another election, an older list and an unreadable code', () => {
    expect(refusal(`DAIHOI-BALLOT/1/E8/${digest}`)).toEqual({ key: 'count.scan.otherElection', params: { id: 'E8' } });
    expect(refusal(`DAIHOI-BALLOT/1/E7/${'0'.repeat(64)}`)).toEqual({ key: 'count.scan.oldList', params: {} });
    for (const garbage of ['DAIHOI-BALLOT/', 'DAIHOI-BALLOT/1/E7', `DAIHOI-BALLOT/2/E7/${digest}`, `${own}/x`]) {
      expect(refusal(garbage)).toEqual({ key: 'count.scan.unreadable', params: {} });
    }
  });

  it('leaves the check to the server while the election is not read', () => {
    expect(checkScan(`DAIHOI-BALLOT/1/E8/${digest}`, null)).toEqual({ ok: true, qr: `DAIHOI-BALLOT/1/E8/${digest}` });
  });
});

describe('what the clerk types (R-BALLOT-FORM)', () => {
  it('reads the struck names of a list with a surplus: 1-based in, 0-based out, each once', () => {
    expect(parseTyped('2 5', 'struck', 7)).toEqual({ ok: true, body: { struck: [1, 4] } });
    expect(parseTyped(' 5,2.  7+1 ', 'struck', 7)).toEqual({ ok: true, body: { struck: [0, 1, 4, 6] } });
    expect(parseTyped('3 3', 'struck', 7)).toEqual({ ok: true, body: { struck: [2] } });
    expect(parseTyped('2-4', 'struck', 7)).toEqual({ ok: true, body: { struck: [1, 2, 3] } });
    expect(parseTyped('0', 'struck', 7)).toEqual({ ok: true, body: { struck: [] } });
  });
  it('refuses what is not on the list, and an empty Enter (a key pressed twice)', () => {
    const key = (text: string, form: 'struck' | 'marks' = 'struck') => {
      const parsed = parseTyped(text, form, 7);
      return parsed.ok ? 'ok' : parsed.error.key;
    };
    expect(key('8')).toBe('count.type.outOfList');
    expect(key('2 x')).toBe('count.type.badToken');
    expect(key('2d')).toBe('count.type.badToken');
    expect(key('5-2')).toBe('count.type.badRange');
    expect(key('2-9')).toBe('count.type.badRange');
    expect(key('')).toBe('count.type.empty');
    expect(key('   ')).toBe('count.type.empty');
    expect(key('0 3')).toBe('count.type.zeroAlone');
    expect(key('1d 1b', 'marks')).toBe('count.type.twice');
    expect(key('1q', 'marks')).toBe('count.type.badMark');
    const outOf = parseTyped('9', 'struck', 7);
    expect(outOf.ok ? null : outOf.error.params).toEqual({ n: 9, count: 7 });
  });
  it('reads an agree / disagree list: every name agreed but those typed', () => {
    expect(parseTyped('1d 3d', 'marks', 4)).toEqual({
      ok: true,
      body: { marks: { '0': 'disagree', '1': 'agree', '2': 'disagree', '3': 'agree' } },
    });
    expect(parseTyped('2 3b 4n', 'marks', 4)).toEqual({
      ok: true,
      body: { marks: { '0': 'agree', '1': 'disagree', '2': 'both', '3': 'none' } },
    });
    expect(parseTyped('0', 'marks', 2)).toEqual({ ok: true, body: { marks: { '0': 'agree', '1': 'agree' } } });
  });
  it('carries the invalid marks (R-VALID) and lets a flagged ballot go without names', () => {
    expect(parseTyped('', 'struck', 5, flags({ unofficial: true }))).toEqual({
      ok: true,
      body: { struck: [], unofficial: true },
    });
    expect(parseTyped('1', 'struck', 5, flags({ marked: true, write_in: [' Trần  Văn X ', ''] }))).toEqual({
      ok: true,
      body: { struck: [0], write_in: ['Trần Văn X'], marked: true },
    });
  });
  it('writes a ballot back as typed, so a correction starts from what was entered', () => {
    expect(typedText({ struck: [1, 4] })).toBe('2 5');
    expect(typedText({ struck: [] })).toBe('0');
    expect(typedText({ marks: { '2': 'both', '0': 'disagree', '1': 'agree', '3': 'none' } })).toBe('1d 3b 4n');
    expect(typedText({ marks: { '0': 'agree' } })).toBe('0');
    for (const text of ['2 5', '0', '1 7']) {
      const parsed = parseTyped(text, 'struck', 7);
      expect(parsed.ok && typedText(parsed.body)).toBe(text);
    }
  });
  it('toggles a name from the touch grid in the typed text', () => {
    expect(toggleTyped('', 'struck', 6, 2)).toBe('3');
    expect(toggleTyped('5 3', 'struck', 6, 0)).toBe('1 3 5');
    expect(toggleTyped('3', 'struck', 6, 2)).toBe('0');
    expect(toggleTyped('', 'marks', 3, 1)).toBe('2d');
    expect(toggleTyped('2d', 'marks', 3, 1)).toBe('2b');
    expect(toggleTyped('2b', 'marks', 3, 1)).toBe('2n');
    expect(toggleTyped('2n', 'marks', 3, 1)).toBe('0');
  });
});

describe('describing a ballot', () => {
  it('names what was struck or marked and the invalid marks', () => {
    expect(describeBallot({ struck: [1, 4] }, 6, 'vi')).toBe('gạch 2, 5');
    expect(describeBallot({ struck: [] }, 6, 'vi')).toBe('không gạch tên nào');
    expect(describeBallot({ struck: [0], unofficial: true, marked: true }, 6, 'vi')).toBe(
      'gạch 1 · Phiếu không do Ban kiểm phiếu phát hành · Có dấu hiệu nhận biết',
    );
    expect(describeBallot({ struck: [], write_in: ['Trần Văn X'] }, 6, 'vi')).toBe(
      'không gạch tên nào · ghi thêm: Trần Văn X',
    );
    // The API leaves out names with no box marked.
    expect(describeBallot({ marks: { '0': 'agree', '2': 'disagree' } }, 3, 'vi')).toBe(
      'không đồng ý 3 · để trống 2',
    );
    expect(describeBallot({ marks: { '0': 'agree', '1': 'agree' } }, 2, 'en')).toBe('agrees with all');
    expect(describeBallot(null, 3, 'vi')).toBe('chưa nhập');
  });
  it('reads the marks of one name on either form', () => {
    expect(markOf({ struck: [2] }, 2)).toBe('disagree');
    expect(markOf({ struck: [2] }, 1)).toBe('agree');
    expect(markOf({ marks: { '1': 'both' } }, 1)).toBe('both');
    expect(markOf({ marks: { '1': 'both' } }, 0)).toBe('none');
  });
  it('previews what the engine will find (R-VALID 2 and 3)', () => {
    expect(previewBallot({ struck: [1] }, 6, 5)).toEqual({ kept: 5, places: 5, tooMany: false, noneLeft: false });
    expect(previewBallot({ struck: [] }, 6, 5)).toEqual({ kept: 6, places: 5, tooMany: true, noneLeft: false });
    expect(previewBallot({ struck: [0, 1, 2] }, 3, 2).noneLeft).toBe(true);
    expect(previewBallot({ marks: { '0': 'agree', '1': 'agree', '2': 'disagree' } }, 3, 1).tooMany).toBe(true);
  });
  it('counts the places of a round: seats, plus alternates on a delegates list', () => {
    expect(placesOfRound({ seats: 5, alternates: 0 }, 'committee')).toBe(5);
    expect(placesOfRound({ seats: 10, alternates: 2 }, 'delegates')).toBe(12);
    expect(placesOfRound({ seats: 0, alternates: 2 }, 'delegates')).toBe(2);
  });
  it('finds where two versions of a ballot differ', () => {
    const struck = differences([{ struck: [1, 3] }, { struck: [1, 4] }], 6);
    expect([...struck.indexes].sort()).toEqual([3, 4]);
    expect(struck.flags).toBe(false);
    const flagged = differences([{ struck: [1] }, { struck: [1], unofficial: true }], 6);
    expect(flagged.indexes.size).toBe(0);
    expect(flagged.flags).toBe(true);
    const missing = differences([{ struck: [0] }, null], 3);
    expect([...missing.indexes]).toEqual([]);
    expect(missing.flags).toBe(true);
  });
});

describe("a station's own entries", () => {
  it('decodes the stored canonical text of an entry', () => {
    expect(decodePayload('S:0,3', 6)).toEqual({ retracted: false, ballot: { struck: [0, 3] } });
    expect(decodePayload('S:', 6)).toEqual({ retracted: false, ballot: { struck: [] } });
    expect(decodePayload('S:2|W:Tr%3Bn;B|U|M', 6)).toEqual({
      retracted: false,
      ballot: { struck: [2], write_in: ['Tr;n', 'B'], unofficial: true, marked: true },
    });
    expect(decodePayload('K:0=a,1=d', 3)).toEqual({
      retracted: false,
      ballot: { marks: { '0': 'agree', '1': 'disagree', '2': 'none' } },
    });
    expect(decodePayload('X', 3)).toEqual({ retracted: true, ballot: {} });
    expect(decodePayload('S:9', 3)).toBeNull();
    expect(decodePayload('Q:1', 3)).toBeNull();
  });
  it('keeps the latest entry of each number and continues after the highest', () => {
    const entry = (seq: number, number: number, payload: string): StoredEntry => ({
      seq,
      number,
      payload,
      clerk: 'Máy 1',
      entered_at: '',
      prev_hash: '',
      hash: '',
    });
    const own = ownBallots([entry(5, 2, 'S:1'), entry(1, 1, 'S:0'), entry(3, 2, 'S:4'), entry(7, 3, 'X')], 6);
    expect(own.get(1)?.ballot).toEqual({ struck: [0] });
    expect(own.get(2)?.ballot).toEqual({ struck: [1] });
    expect(own.get(3)?.retracted).toBe(true);
    expect(nextNumber(own.keys())).toBe(4);
    // Number 3 was withdrawn: the next ballot takes it again.
    expect(heldNumbers(own)).toEqual([1, 2]);
    expect(nextNumber(heldNumbers(own))).toBe(3);
    expect(nextNumber([])).toBe(1);
    expect(numberList([1, 2, 3], 2)).toBe('1, 2, …');
    expect(numberList([58, 59])).toBe('58, 59');
  });
  it('keeps the station name per tab, trimmed', () => {
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
    expect(loadStation(storage)).toBeNull();
    saveStation(storage, cleanStation('  Máy   2 '));
    expect(data.get(STATION_KEY)).toBe('Máy 2');
    expect(loadStation(storage)).toBe('Máy 2');
    expect(loadStation(undefined)).toBeNull();
  });
});

const result = (patch: Partial<TallyResult> = {}): TallyResult => ({
  profile: 'party-2024',
  ballots: { issued: 60, received: 60, valid: 58, invalid: 2, invalid_by_reason: { too_many: 2 } },
  threshold: { convened: 56, excluded: 0, denominator: 56, votes_needed: 29 },
  candidates: [
    { id: 'c1', name: 'Nguyễn Văn An', votes: 50, percent_of_valid: 86.21, percent_of_denominator: 89.29, status: 'elected' },
    { id: 'c2', name: 'Trần Thị Bình', votes: 30, percent_of_valid: 51.72, percent_of_denominator: 53.57, status: 'tied' },
    { id: 'c3', name: 'Lê Văn Cường', votes: 30, percent_of_valid: 51.72, percent_of_denominator: 53.57, status: 'tied' },
  ],
  elected: ['c1'],
  alternates: [],
  unfilled_seats: 1,
  unfilled_alternates: 0,
  tied: ['c2', 'c3'],
  next: 'revote_tied',
  ...patch,
});

describe('the result (R-THRESHOLD, R-TIE, R-ROUNDS)', () => {
  it('tells the next step in words', () => {
    expect(nextStepText(result(), 'vi')).toBe(
      'Bằng phiếu ở vị trí cuối (Trần Thị Bình, Lê Văn Cường): bầu lại giữa những người này cho 1 chỗ còn lại.',
    );
    expect(nextStepText(result({ next: 'further_round', unfilled_seats: 2 }), 'vi')).toBe(
      'Còn thiếu 2 chỗ: đại hội quyết định có bầu tiếp hay không.',
    );
    expect(nextStepText(result({ next: 'none' }), 'en')).toBe('All seats filled: the election is over.');
    expect(statusLabel('elected', 'vi')).toBe('Trúng cử');
    expect(statusLabel('odd', 'vi')).toBe('odd');
  });
  it('asks for the congress vote where a further round needs it', () => {
    expect(needsCongressVote('further_round', 'committee', 1)).toBe(true);
    expect(needsCongressVote('further_round', 'delegates', 1)).toBe(false);
    expect(needsCongressVote('further_round', 'delegates', 2)).toBe(true);
    expect(needsCongressVote('revote_tied', 'committee', 1)).toBe(false);
  });
  it('draws bars on the threshold base, the line at more than half', () => {
    const r = result();
    expect(barScale(r)).toBe(56);
    expect(barPercent(28, 56)).toBe(50);
    expect(barPercent(29, barScale(r))).toBeGreaterThan(50);
    // More votes than the base (members who attend although excluded) widen the scale.
    expect(barScale(result({ candidates: [{ ...r.candidates[0], votes: 70 }] }))).toBe(70);
    expect(barPercent(5, 0)).toBe(0);
    expect(barPercent(80, 56)).toBe(100);
  });
});
