import { describe, expect, it } from 'vitest';
import { percentText, stepsOf, vettingRows, vettingSummary } from './personnel';
import { parseRoute, routePath } from './router';
import type { SchemeView, VettingFile, VettingTask } from './personnel';

function view(status: SchemeView['status'], version = 1, versions = 1): SchemeView {
  return {
    version,
    status,
    versions: Array.from({ length: versions }, (_, index) => ({
      version: index + 1,
      status: index + 1 === versions ? status : 'returned',
      status_label: '',
      created_by: '',
      created_at: '',
    })),
  } as unknown as SchemeView;
}

function task(member: string, board: string, conclusion: VettingTask['conclusion']): VettingTask {
  return {
    id: 0,
    member_id: member,
    full_name: `Người ${member}`,
    board,
    due: null,
    conclusion,
    conclusion_label: '',
    note: '',
    concluded_by: '',
    concluded_at: '',
  };
}

describe('personnel', () => {
  it('has its own route /personnel/CODE/TERM', () => {
    expect(parseRoute('/personnel/BADINH/2020-2025')).toEqual({ page: 'personnel', org: 'BADINH', term: '2020-2025' });
    expect(parseRoute('/personnel')).toEqual({ page: 'personnel', org: null, term: null });
    expect(routePath({ page: 'personnel', org: 'BADINH', term: '2020-2025' })).toBe('/personnel/BADINH/2020-2025');
  });

  it('offers the workflow steps of the latest version only', () => {
    expect(stepsOf(view('draft'))).toEqual(['submit']);
    expect(stepsOf(view('submitted'))).toEqual(['return', 'approve']);
    expect(stepsOf(view('returned'))).toEqual(['revise']);
    expect(stepsOf(view('approved', 2, 2))).toEqual([]);
    // Version 1 of two, returned: history, nothing to do on it.
    expect(stepsOf(view('returned', 1, 2))).toEqual([]);
  });

  it('lays the vetting out per nominee and board; an open task or complaint blocks', () => {
    const file: VettingFile = {
      boards: [
        { code: 'organization_board', label: 'Ban Tổ chức' },
        { code: 'inspection_commission', label: 'Ủy ban Kiểm tra' },
      ],
      tasks: [
        task('A', 'inspection_commission', 'cleared'),
        task('A', 'organization_board', 'cleared'),
        task('B', 'organization_board', 'cleared'),
        task('B', 'inspection_commission', 'open'),
        task('C', 'organization_board', 'cleared'),
        task('C', 'inspection_commission', 'concern'),
      ],
      complaints: [
        {
          id: 1,
          member_id: 'C',
          full_name: 'Người C',
          received_on: '2020-06-01',
          source: 'anonymous_letter',
          source_label: '',
          summary: '',
          assigned_to: '',
          open: true,
          conclusion: '',
          concluded_on: null,
          concluded_by: '',
        },
      ],
    };
    const rows = vettingRows(file);
    expect(rows.map((row) => row.member_id)).toEqual(['A', 'B', 'C']);
    expect(rows[0].cells.map((cell) => cell?.board)).toEqual(['organization_board', 'inspection_commission']);
    expect(rows.map((row) => row.blocked)).toEqual([false, true, true]);
    expect(vettingSummary(rows)).toEqual({ cleared: 1, blocked: 2 });
  });

  it('writes percentages with a decimal comma in Vietnamese', () => {
    expect(percentText(14.63, 'vi')).toBe('14,63%');
    expect(percentText(14.63, 'en')).toBe('14.63%');
  });
});
