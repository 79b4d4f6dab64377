import { describe, expect, it } from 'vitest';
import {
  congressTitle,
  defaultTerm,
  errorAt,
  errorElsewhere,
  exclusionLines,
  filterPeople,
  findingTexts,
  groupRoll,
  namesByKey,
  namesFromLines,
  ownCongresses,
  parseField,
  personState,
  roman,
  rollApi,
  sessionLabel,
} from './roll';
import type { RollPerson, RollView } from './roll';
import type { ListedCongress } from './progress';

function person(key: string, full_name: string, role: RollPerson['role'], extra: Partial<RollPerson> = {}): RollPerson {
  return {
    key,
    full_name,
    member_id: '',
    role,
    unit_code: '',
    rank: 0,
    convened: true,
    not_convened: null,
    replaces: null,
    replaced_by: null,
    absent_whole: false,
    exclusion: null,
    absent_sessions: [],
    entry_id: Number(key),
    gender: '',
    birth_date: null,
    ...extra,
  };
}

// A small delegates' congress: two committee members (one absent for the whole congress), the
// delegation of Quán Thánh (2 officials, the first absent and replaced by its first alternate),
// the delegation of Điện Biên (one official not convened: prosecuted), nothing from Kim Mã.
function view(): RollView {
  return {
    congress: {
      org_code: 'BADINH',
      org_name: 'Đảng bộ quận Ba Đình',
      term: '2020-2025',
      kind: 'delegates',
      ordinal: 26,
      planned_start: '2020-06-14',
      planned_end: '2020-06-16',
      held_start: '2020-06-14',
      held_end: '2020-06-16',
    },
    opening: '2020-06-14',
    opening_source: 'held',
    allocation_id: 3,
    units: [
      { code: 'BADINH-KIMMA', name: 'Đảng bộ phường Kim Mã', allocated: 4, officials: 0, alternates: 0 },
      { code: 'BADINH-QUANTHANH', name: 'Đảng bộ phường Quán Thánh', allocated: 2, officials: 2, alternates: 2 },
      { code: 'BADINH-DIENBIEN', name: 'Đảng bộ phường Điện Biên', allocated: 3, officials: 1, alternates: 0 },
      { code: 'BADINH-NGOCHA', name: 'Đảng bộ phường Ngọc Hà', allocated: 5, officials: 0, alternates: 0 },
    ],
    people: [
      person('1', 'Nguyễn Văn An', 'ex_officio'),
      person('2', 'Trần Thị Bình', 'ex_officio', { absent_whole: true, exclusion: 'absent_committee_member' }),
      // Rank order deliberately scrambled: the page sorts.
      person('4', 'Phạm Văn Dũng', 'official', { unit_code: 'BADINH-QUANTHANH', rank: 2, absent_sessions: [2] }),
      person('3', 'Lê Văn Cường', 'official', {
        unit_code: 'BADINH-QUANTHANH',
        rank: 1,
        convened: false,
        not_convened: 'replaced',
        replaced_by: '5',
        absent_whole: true,
      }),
      person('6', 'Hoàng Thị Giang', 'alternate', {
        unit_code: 'BADINH-QUANTHANH',
        rank: 2,
        convened: false,
        not_convened: 'alternate_unused',
      }),
      person('5', 'Vũ Thị Em', 'alternate', { unit_code: 'BADINH-QUANTHANH', rank: 1, replaces: '3' }),
      person('7', 'Đỗ Văn Hùng', 'official', {
        unit_code: 'BADINH-DIENBIEN',
        rank: 1,
        convened: false,
        not_convened: 'prosecuted',
      }),
    ],
    issues: [{ id: 1, person: '7', kind: 'prosecuted', effective: '2020-06-01', note: '' }],
    sessions: [
      { number: 1, title: 'Phiên trù bị', date: '2020-06-14', present: 4, absent: 0 },
      { number: 2, title: '', date: null, present: 3, absent: 1 },
    ],
    absences: [
      { person: '2', session: 0, reason: 'Ốm, điều trị tại bệnh viện', accepted: false },
      { person: '3', session: 0, reason: '', accepted: false },
      { person: '4', session: 2, reason: 'Công tác', accepted: false },
    ],
    convened: {
      convened: 4,
      excluded: 1,
      denominator: 3,
      votes_needed: 2,
      exclusions: [{ reason: 'absent_committee_member', count: 1, people: ['2'] }],
    },
    findings: [
      { warning: 'delegation_incomplete', unit_code: 'BADINH-KIMMA', person: '', recorded: 0, allocated: 4 },
      { warning: 'delegation_incomplete', unit_code: 'BADINH-DIENBIEN', person: '', recorded: 1, allocated: 3 },
      { warning: 'delegation_incomplete', unit_code: 'BADINH-NGOCHA', person: '', recorded: 0, allocated: 5 },
      { warning: 'whole_absence_no_reason', unit_code: '', person: '3', recorded: 0, allocated: 0 },
    ],
  };
}

describe('roll: grouping', () => {
  it('puts ex officio first, then delegations in the units’ order with ranks in order (R-EX-OFFICIO)', () => {
    const groups = groupRoll(view());
    expect(groups.exOfficio.map((p) => p.key)).toEqual(['1', '2']);
    expect(groups.delegations.map((d) => d.unit.code)).toEqual(['BADINH-QUANTHANH', 'BADINH-DIENBIEN']);
    const quanThanh = groups.delegations[0];
    expect(quanThanh.officials.map((p) => p.rank)).toEqual([1, 2]);
    expect(quanThanh.alternates.map((p) => p.full_name)).toEqual(['Vũ Thị Em', 'Hoàng Thị Giang']);
    expect(groups.pending.map((u) => u.code)).toEqual(['BADINH-KIMMA', 'BADINH-NGOCHA']);
    expect(groups.members).toEqual([]);
  });

  it('keeps a delegation whose unit the view does not list', () => {
    const v = view();
    v.people.push(person('9', 'Ngô Văn Ích', 'official', { unit_code: 'BADINH-OLD', rank: 1 }));
    const groups = groupRoll(v);
    const old = groups.delegations.find((d) => d.unit.code === 'BADINH-OLD');
    expect(old?.unit).toEqual({ code: 'BADINH-OLD', name: 'BADINH-OLD', allocated: 0, officials: 1, alternates: 0 });
  });

  it('lists the members of a members’ congress apart', () => {
    const v = view();
    v.people = [person('M1', 'Nguyễn Văn An', 'member', { state: 'active' })];
    expect(groupRoll(v).members.map((p) => p.key)).toEqual(['M1']);
  });
});

describe('roll: words', () => {
  const v = view();
  const names = namesByKey(v);
  const state = (key: string, lang: 'vi' | 'en' = 'vi') =>
    personState(v.people.find((p) => p.key === key)!, v, names, lang);

  it('says who is convened, who is not and why (R-CREDENTIALS)', () => {
    expect(state('1')).toEqual({ tone: 'convened', text: 'Triệu tập' });
    expect(state('7')).toEqual({ tone: 'not-convened', text: 'Không triệu tập: bị khởi tố' });
    expect(state('7', 'en').text).toBe('Not convened: prosecuted');
  });

  it('says which alternate stands in for an absent official, in rank order', () => {
    expect(state('3')).toEqual({ tone: 'absent', text: 'Vắng cả đại hội, Vũ Thị Em (dự khuyết) thay' });
    expect(state('5')).toEqual({ tone: 'standing-in', text: 'Dự khuyết thay cho Lê Văn Cường' });
    expect(state('6')).toEqual({ tone: 'unused', text: 'Dự khuyết, chưa thay ai' });
  });

  it('names a whole absence with its reason and the exclusion it makes (R-THRESHOLD)', () => {
    expect(state('2')).toEqual({
      tone: 'excluded',
      text: 'Vắng cả đại hội (Ốm, điều trị tại bệnh viện) · trừ: Ủy viên Ban Chấp hành vắng mặt cả đại hội',
    });
    expect(state('4')).toEqual({ tone: 'absent', text: 'Triệu tập · vắng phiên 2' });
  });

  it('says a whole absence that does not reduce the base still counts', () => {
    const w = view();
    w.people = [person('M1', 'Nguyễn Văn An', 'member', { absent_whole: true })];
    w.absences = [{ person: 'M1', session: 0, reason: '', accepted: false }];
    expect(personState(w.people[0], w, namesByKey(w), 'vi')).toEqual({
      tone: 'absent',
      text: 'Vắng cả đại hội · vẫn tính vào căn cứ',
    });
  });

  it('names every exclusion with the people’s names', () => {
    expect(exclusionLines(v, 'vi')).toEqual([
      {
        reason: 'absent_committee_member',
        label: 'Ủy viên Ban Chấp hành vắng mặt cả đại hội',
        count: 1,
        names: ['Trần Thị Bình'],
      },
    ]);
  });

  it('sums up units with nothing recorded in one warning, keeps the others apart', () => {
    expect(findingTexts(v, 'vi')).toEqual([
      'Đảng bộ phường Điện Biên: mới ghi nhận 1/3 đại biểu chính thức.',
      'Lê Văn Cường: vắng mặt cả đại hội nhưng chưa ghi lý do.',
      '2 đơn vị chưa ghi nhận đoàn đại biểu (9 đại biểu được phân bổ).',
    ]);
    expect(findingTexts({ ...v, findings: [] }, 'vi')).toEqual([]);
  });

  it('titles the congress with its ordinal in Roman numerals', () => {
    expect(congressTitle(v.congress, 'vi')).toBe('Đại hội đại biểu Đảng bộ quận Ba Đình lần thứ XXVI, nhiệm kỳ 2020-2025');
    expect(congressTitle({ ...v.congress, ordinal: 0, kind: 'members' }, 'vi')).toBe(
      'Đại hội đảng viên Đảng bộ quận Ba Đình, nhiệm kỳ 2020-2025',
    );
    expect(roman(26)).toBe('XXVI');
    expect(roman(14)).toBe('XIV');
    expect(roman(1999)).toBe('MCMXCIX');
  });

  it('labels sessions with or without a title', () => {
    expect(sessionLabel(v.sessions[0], 'vi')).toBe('Phiên 1: Phiên trù bị');
    expect(sessionLabel(v.sessions[1], 'vi')).toBe('Phiên 2');
  });
});

describe('roll: forms', () => {
  it('reads one name a line, dropping blanks and numbering', () => {
    expect(namesFromLines('1. Nguyễn  Văn An\n\n  2) Trần Thị Bình \r\nLê Văn Cường\n')).toEqual([
      { full_name: 'Nguyễn Văn An' },
      { full_name: 'Trần Thị Bình' },
      { full_name: 'Lê Văn Cường' },
    ]);
    expect(namesFromLines(' \n ')).toEqual([]);
    // Decomposed input (some keyboards) is stored composed.
    expect(namesFromLines('Nguye\u0302\u0303n')[0].full_name).toBe('Nguyễn');
  });

  it('puts an API error next to the field it names, with the line of a list', () => {
    expect(parseField('officials[1].full_name')).toEqual({ base: 'officials', index: 1, rest: 'full_name' });
    expect(parseField('unit_code')).toEqual({ base: 'unit_code', index: null, rest: '' });
    const error = { field: 'officials[1].full_name', message: 'thiếu họ tên' };
    expect(errorAt(error, 'officials', 'vi')).toBe('Dòng 2: thiếu họ tên');
    expect(errorAt(error, 'alternates', 'vi')).toBeNull();
    expect(errorAt({ field: 'unit_code', message: 'không phải đơn vị trực thuộc' }, 'unit_code', 'vi')).toBe(
      'không phải đơn vị trực thuộc',
    );
    expect(errorElsewhere(error, ['unit_code', 'officials', 'alternates'])).toBeNull();
    expect(errorElsewhere({ field: '', message: 'xung đột' }, ['unit_code'])).toBe('xung đột');
  });
});

describe('roll: members and congresses', () => {
  it('filters people by name without accents or by member id', () => {
    const people = [
      person('A', 'Nguyễn Văn An', 'member', { member_id: 'DV0001' }),
      person('B', 'Đặng Thị Bích', 'member', { member_id: 'DV0002' }),
    ];
    expect(filterPeople(people, 'dang thi').map((p) => p.key)).toEqual(['B']);
    expect(filterPeople(people, 'DV0001').map((p) => p.key)).toEqual(['A']);
    expect(filterPeople(people, '  ')).toHaveLength(2);
  });

  it('offers the organization’s own terms, newest first, and opens the newest with a date', () => {
    const congress = (org_code: string, term: string, dated: boolean): ListedCongress => ({
      org_code,
      org_name: '',
      level: 'district',
      parent_code: '',
      term,
      ordinal: 0,
      kind: 'delegates',
      pilot: false,
      planned_start: dated ? '2020-06-14' : null,
      planned_end: null,
      held_start: null,
      held_end: null,
    });
    const own = ownCongresses(
      [congress('BADINH', '2015-2020', true), congress('BADINH-X', '2020-2025', true), congress('BADINH', '2025-2030', false), congress('BADINH', '2020-2025', true)],
      'BADINH',
    );
    expect(own.map((c) => c.term)).toEqual(['2025-2030', '2020-2025', '2015-2020']);
    expect(defaultTerm(own)).toBe('2020-2025');
    expect(defaultTerm([])).toBeNull();
  });

  it('builds the API paths of a congress', () => {
    expect(rollApi.pdfUrl('BADINH', '2020-2025')).toBe('/api/v1/congresses/BADINH/2020-2025/roll.pdf');
    expect(rollApi.xlsxUrl('BADINH', '2020-2025')).toBe('/api/v1/congresses/BADINH/2020-2025/roll.xlsx');
  });
});
