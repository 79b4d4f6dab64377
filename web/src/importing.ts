// Pure helpers of the import page.
import type { ImportKind, RowError } from './api';

// The columns of each file (spec/CONTRACTS.md); Vietnamese headers are accepted too.
export const IMPORT_COLUMNS: Record<ImportKind, string[]> = {
  orgs: ['code', 'name', 'level', 'parent_code', 'category', 'members'],
  members: ['id', 'full_name', 'gender', 'birth_date', 'party_join_date', 'full_member_date', 'org_code', 'status'],
  congresses: [
    'org_code',
    'term',
    'ordinal',
    'kind',
    'pilot',
    'planned_start',
    'planned_end',
    'held_start',
    'held_end',
  ],
};

// The row of the file that preview row `index` (0-based) came from: the reader's number when
// it gave one (a CSV record may span lines), else header row 1 and data from row 2.
export function fileRow(index: number, rowNumbers: number[] = []): number {
  return rowNumbers[index] ?? index + 2;
}

// Errors grouped by file row, for highlighting preview rows.
export function errorsByRow(errors: RowError[]): Map<number, RowError[]> {
  const byRow = new Map<number, RowError[]>();
  for (const error of errors) {
    const list = byRow.get(error.row) ?? [];
    list.push(error);
    byRow.set(error.row, list);
  }
  return byRow;
}

// Whether an error names this header cell: the English column, compared without case and
// surrounding space. (A Vietnamese header still gets its row highlighted.)
export function isErrorColumn(header: string, errors: RowError[] | undefined): boolean {
  if (!errors) return false;
  const name = header.trim().toLowerCase();
  return errors.some((error) => error.column.trim().toLowerCase() === name);
}

export function isSpreadsheetFile(name: string): boolean {
  return /\.(csv|xlsx)$/i.test(name);
}
