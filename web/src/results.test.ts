import { describe, expect, it } from 'vitest';
import { electionStep, furtherRoundPending, ordered, percentText, statsQuery } from './results';
import type { ElectionState, Membership } from './results';

const election = (over: Partial<ElectionState>): ElectionState => ({
  id: 1,
  kind: 'committee',
  title: 'Bầu Ban Chấp hành',
  body: 'committee',
  finished: false,
  reason: '',
  applied: false,
  applied_at: null,
  ...over,
});

describe('results', () => {
  it('says whether an election can be applied', () => {
    expect(electionStep(election({ applied: true, finished: true }))).toBe('applied');
    expect(electionStep(election({ finished: true }))).toBe('ready');
    expect(electionStep(election({ reason: 'còn lần bầu chưa kết thúc' }))).toBe('pending');
  });

  it('offers the congress decision only for a further round (R-ROUNDS)', () => {
    expect(furtherRoundPending(election({ reason: 'lần bầu 1 còn thiếu … (R-ROUNDS: …)' }))).toBe(true);
    expect(furtherRoundPending(election({ reason: 'lần bầu 1 có người ngang phiếu (R-TIE: …)' }))).toBe(false);
    expect(furtherRoundPending(election({ finished: true, reason: '' }))).toBe(false);
  });

  it('writes percentages with the language decimal mark', () => {
    expect(percentText(33.33, 'vi')).toBe('33,33%');
    expect(percentText(15, 'en')).toBe('15.00%');
  });

  it('puts officials before alternates, by rank', () => {
    const m = (capacity: 'official' | 'alternate', rank: number, full_name: string): Membership => ({
      body: 'committee',
      capacity,
      rank,
      full_name,
      member_id: '',
      gender: '',
      birth_date: null,
      election_id: null,
    });
    const names = ordered([m('alternate', 1, 'C'), m('official', 2, 'B'), m('official', 1, 'A')]).map(
      (member) => member.full_name,
    );
    expect(names).toEqual(['A', 'B', 'C']);
  });

  it('sends only the targets that are set', () => {
    expect(statsQuery('2020-2025', { women_min: '15', under_40_min: ' ' })).toBe('?term=2020-2025&women_min=15');
  });
});
