import { describe, expect, it } from 'vitest';
import {
  barWidth,
  charCount,
  cleanQuote,
  commentingUnits,
  diffCandidates,
  maxCount,
  needsExplanation,
  publicFormProblems,
  publicState,
  query,
  quoteOccurrence,
  sectionTitle,
  unitName,
} from './documents';
import type { Publication, Version } from './documents';

describe('a citizen comment before it is sent', () => {
  it('needs a text and keeps to the server limits', () => {
    expect(publicFormProblems({ text: '  ', name: '', contact: '' })).toEqual(['textRequired']);
    expect(publicFormProblems({ text: 'Đồng ý với dự thảo', name: 'Nguyễn Văn An', contact: '' })).toEqual([]);
    expect(publicFormProblems({ text: 'ý'.repeat(5001), name: '', contact: '' })).toEqual(['textTooLong']);
    expect(publicFormProblems({ text: 'ok', name: 'a'.repeat(201), contact: 'b'.repeat(201) })).toEqual([
      'nameTooLong',
      'contactTooLong',
    ]);
  });

  it('counts characters, not UTF-16 units or bytes', () => {
    expect(charCount('Đảng')).toBe(4);
    expect(charCount('ý'.repeat(5000))).toBe(5000);
    expect(publicFormProblems({ text: 'ế'.repeat(5000), name: '', contact: '' })).toEqual([]);
  });
});

describe('a selected quote', () => {
  const paragraphs = ['phát triển kinh tế và phát triển văn hóa', 'tiếp tục phát triển'];

  it('is the n-th occurrence of its text in the section', () => {
    expect(quoteOccurrence(paragraphs, 0, 0, 'phát triển')).toBe(0);
    expect(quoteOccurrence(paragraphs, 0, 20, 'phát triển')).toBe(1);
    expect(quoteOccurrence(paragraphs, 1, 9, 'phát triển')).toBe(2);
    expect(quoteOccurrence(paragraphs, 1, 0, 'văn hóa')).toBe(1);
    expect(quoteOccurrence(paragraphs, 0, 0, '')).toBe(0);
  });

  it('has its white space collapsed and a long one is cut at a word', () => {
    expect(cleanQuote('  nâng cao\n  năng lực   lãnh đạo ')).toBe('nâng cao năng lực lãnh đạo');
    const long = cleanQuote('một hai ba bốn năm sáu', 10);
    expect(long).toBe('một hai ba');
  });
});

describe('the synthesis', () => {
  it('draws bars relative to the largest count', () => {
    const rows = [{ comments: 40 }, { comments: 10 }, { comments: 0 }];
    expect(maxCount(rows)).toBe(40);
    expect(barWidth(40, 40)).toBe(100);
    expect(barWidth(10, 40)).toBe(25);
    expect(barWidth(0, 40)).toBe(0);
    expect(barWidth(1, 10000)).toBe(2); // still visible
    expect(barWidth(5, 0)).toBe(0);
  });

  it('asks for an explanation unless the comment is accepted', () => {
    expect(needsExplanation('accepted')).toBe(false);
    expect(needsExplanation('explained')).toBe(true);
    expect(needsExplanation('not_accepted')).toBe(true);
    expect(needsExplanation('')).toBe(false);
  });
});

describe('the public page', () => {
  it('says whether a draft is open on a day', () => {
    const dates = { open: '2020-04-01', close: '2020-04-30' };
    expect(publicState({ ...dates, state: undefined as never }, '2020-03-31')).toBe('not_yet_open');
    expect(publicState({ ...dates, state: undefined as never }, '2020-04-30')).toBe('open');
    expect(publicState({ ...dates, state: undefined as never }, '2020-05-01')).toBe('closed');
    expect(publicState({ ...dates, state: 'closed' }, '2020-04-10')).toBe('closed');
  });

  it('names sections without a heading and the whole draft', () => {
    expect(sectionTitle({ ordinal: 2, heading: 'II. PHƯƠNG HƯỚNG' }, 2, 'vi')).toBe('II. PHƯƠNG HƯỚNG');
    expect(sectionTitle({ ordinal: 1, heading: '' }, 1, 'vi')).toBe('Mục 1');
    expect(sectionTitle(undefined, 0, 'vi')).toBe('Toàn văn dự thảo');
    expect(sectionTitle(undefined, 0, 'en')).toBe('The whole draft');
  });
});

describe('versions and units', () => {
  const version = (id: number, number: number): Version => ({
    id,
    document_id: 1,
    number,
    status: 'draft',
    status_label: 'Dự thảo',
    change_log: '',
    source_name: '',
    created_by: 'admin',
    created_at: '',
    sections: 0,
    paragraphs: 0,
  });

  it('compares a version with the others, newest first', () => {
    expect(diffCandidates([version(5, 1), version(9, 3), version(7, 2)], 9).map((v) => v.id)).toEqual([7, 5]);
  });

  it('offers a clerk only its own unit among those asked', () => {
    const publication: Publication = {
      is_public: true,
      units: ['BADINH-KIMMA', 'BADINH-QUANTHANH'],
      open: '2020-04-01',
      close: '2020-04-30',
      published_by: 'admin',
      published_at: '',
    };
    expect(commentingUnits(publication, [{ role: 'administrator', org_code: '' }])).toEqual(publication.units);
    expect(commentingUnits(publication, [{ role: 'unit_clerk', org_code: 'BADINH-KIMMA' }])).toEqual(['BADINH-KIMMA']);
    expect(commentingUnits(null, [])).toEqual([]);
  });

  it('shows a unit by its name, by its code when the name is not known', () => {
    const view = { unit_names: { 'BADINH-KIMMA': 'Đảng bộ phường Kim Mã' } };
    expect(unitName(view, 'BADINH-KIMMA')).toBe('Đảng bộ phường Kim Mã');
    expect(unitName(view, 'BADINH-NEW')).toBe('BADINH-NEW');
  });

  it('builds query strings without empty parameters', () => {
    expect(query({ section: '2', unit: '', q: 'kinh tế', limit: 50 })).toBe('?section=2&q=kinh+t%E1%BA%BF&limit=50');
    expect(query({})).toBe('');
  });
});

describe('the routes of the documents pages', () => {
  it('reads and writes /documents and /gop-y paths', async () => {
    const { parseRoute, routePath } = await import('./router');
    expect(parseRoute('/gop-y/12')).toEqual({ page: 'public-draft', id: 12 });
    expect(parseRoute('/documents')).toEqual({ page: 'documents', org: null, term: null, version: null });
    expect(parseRoute('/documents/BADINH/2020-2025/7')).toEqual({
      page: 'documents',
      org: 'BADINH',
      term: '2020-2025',
      version: 7,
    });
    expect(routePath({ page: 'documents', org: 'BA ĐÌNH', term: '2020-2025', version: null })).toBe(
      '/documents/BA%20%C4%90%C3%8CNH/2020-2025',
    );
    expect(routePath({ page: 'public-draft', id: 3 })).toBe('/gop-y/3');
    expect(parseRoute(routePath({ page: 'documents', org: 'BADINH', term: '2020-2025', version: 4 }))).toEqual({
      page: 'documents',
      org: 'BADINH',
      term: '2020-2025',
      version: 4,
    });
  });
});
