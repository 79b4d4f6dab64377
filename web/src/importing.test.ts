import { describe, expect, it } from 'vitest';
import { errorsByRow, fileRow, IMPORT_COLUMNS, isErrorColumn, isSpreadsheetFile } from './importing';

describe('import helpers', () => {
  it('numbers preview rows as lines of the file (header is line 1)', () => {
    expect(fileRow(0)).toBe(2);
    expect(fileRow(1)).toBe(3);
    expect(fileRow(1, [2, 4])).toBe(4);
  });

  it('groups errors by row', () => {
    const byRow = errorsByRow([
      { row: 3, column: 'parent_code', message: 'unknown parent' },
      { row: 3, column: 'level', message: 'unknown level' },
      { row: 5, column: 'code', message: 'duplicate' },
    ]);
    expect(byRow.get(3)).toHaveLength(2);
    expect(byRow.get(5)?.[0].column).toBe('code');
    expect(byRow.has(4)).toBe(false);
  });

  it('marks the cell whose column is named', () => {
    const errors = [{ row: 3, column: 'parent_code', message: 'unknown parent' }];
    expect(isErrorColumn('parent_code', errors)).toBe(true);
    expect(isErrorColumn(' PARENT_CODE ', errors)).toBe(true);
    expect(isErrorColumn('name', errors)).toBe(false);
    expect(isErrorColumn('parent_code', undefined)).toBe(false);
  });

  it('lists the contract columns', () => {
    expect(IMPORT_COLUMNS.orgs).toEqual(['code', 'name', 'level', 'parent_code', 'category', 'members']);
    expect(IMPORT_COLUMNS.members).toContain('full_name');
    expect(IMPORT_COLUMNS.congresses).toContain('held_end');
  });

  it('accepts CSV and XLSX names only', () => {
    expect(isSpreadsheetFile('orgs.CSV')).toBe(true);
    expect(isSpreadsheetFile('dang-vien.xlsx')).toBe(true);
    expect(isSpreadsheetFile('notes.txt')).toBe(false);
  });
});
