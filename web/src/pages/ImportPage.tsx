import { useRef, useState } from 'react';
import { api } from '../api';
import type { ImportKind, ImportReport, RowError } from '../api';
import { formatNumber } from '../format';
import { errorsByRow, fileRow, IMPORT_COLUMNS, isErrorColumn } from '../importing';
import { useI18n } from '../i18n-context';
import { navigate } from '../router';

type Phase = 'idle' | 'checking' | 'checked' | 'writing' | 'done';

const KINDS: ImportKind[] = ['orgs', 'members', 'congresses'];

export function ImportPage() {
  const { t, lang } = useI18n();
  const [kind, setKind] = useState<ImportKind>('orgs');
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const reset = () => {
    setFile(null);
    setReport(null);
    setError(null);
    setPhase('idle');
    if (input.current) input.current.value = '';
  };

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setError(null);
    setPhase(dryRun ? 'checking' : 'writing');
    try {
      const result = await api.importFile(kind, file, dryRun);
      setReport(result);
      setPhase(!dryRun && result.written ? 'done' : 'checked');
    } catch (reason) {
      setError((reason as Error).message);
      setPhase('idle');
    }
  };

  const byRow = report ? errorsByRow(report.errors) : new Map<number, RowError[]>();
  const n = (value: number) => formatNumber(value, lang);
  const busy = phase === 'checking' || phase === 'writing';

  return (
    <div className="import-page panel">
      <h2 className="panel-title">{t('import.heading')}</h2>
      <p className="muted">{t('import.intro')}</p>

      <fieldset className="kind-choice" disabled={busy || phase === 'done'}>
        <legend>{t('import.kind')}</legend>
        {KINDS.map((choice) => (
          <label key={choice} className={kind === choice ? 'segment active' : 'segment'}>
            <input
              type="radio"
              name="kind"
              value={choice}
              checked={kind === choice}
              onChange={() => {
                setKind(choice);
                setReport(null);
                setPhase('idle');
              }}
            />
            {t(`import.kind.${choice}`)}
          </label>
        ))}
      </fieldset>
      <p className="hint mono">{t('import.columns', { columns: IMPORT_COLUMNS[kind].join(', ') })}</p>

      <div className="file-row">
        <label className="button" htmlFor="import-file">
          {t('import.choose')}
        </label>
        <input
          id="import-file"
          ref={input}
          className="visually-hidden"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={busy || phase === 'done'}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setReport(null);
            setError(null);
            setPhase('idle');
          }}
        />
        <span className="file-name">{file ? file.name : t('import.noFile')}</span>
        <button
          type="button"
          className="button primary"
          disabled={!file || busy || phase === 'done'}
          onClick={() => run(true)}
        >
          {phase === 'checking' ? t('import.checking') : t('import.check')}
        </button>
      </div>

      {error && (
        <div className="alert alert-error" role="alert">
          {t('common.error')}: {error}
        </div>
      )}

      {report && phase === 'done' && (
        <div className="alert alert-success" role="status" data-testid="import-done">
          {t('import.done', { rows: n(report.rows), inserted: n(report.inserted), updated: n(report.updated) })}{' '}
          <button type="button" className="link-button" onClick={() => navigate({ page: 'tree', org: null })}>
            {t('import.openTree')}
          </button>{' '}
          ·{' '}
          <button type="button" className="link-button" onClick={reset}>
            {t('import.reset')}
          </button>
        </div>
      )}

      {report && phase !== 'done' && report.errors.length === 0 && (
        <div className="alert alert-ok" role="status" data-testid="import-valid">
          {t('import.valid', { rows: n(report.rows), inserted: n(report.inserted), updated: n(report.updated) })}{' '}
          <button type="button" className="button primary" disabled={busy} onClick={() => run(false)}>
            {phase === 'writing' ? t('import.writing') : t('import.confirm')}
          </button>
        </div>
      )}

      {report && report.errors.length > 0 && (
        <>
          <div className="alert alert-error" role="alert" data-testid="import-invalid">
            {t('import.invalid', { n: n(report.errors.length) })}
          </div>
          <h3 className="section-title">{t('import.errorsHeading')}</h3>
          <table className="table errors-table" data-testid="import-errors">
            <thead>
              <tr>
                <th className="num">{t('import.row')}</th>
                <th>{t('import.column')}</th>
                <th>{t('import.message')}</th>
              </tr>
            </thead>
            <tbody>
              {report.errors.map((rowError, index) => (
                <tr key={index}>
                  <td className="num">{rowError.row}</td>
                  <td className="mono">{rowError.column}</td>
                  <td>{rowError.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      {report && report.preview.header.length > 0 && (
        <>
          <h3 className="section-title">{t('import.preview', { n: report.preview.rows.length })}</h3>
          <div className="table-scroll">
            <table className="table preview-table" data-testid="import-preview">
              <thead>
                <tr>
                  <th className="num">{t('import.row')}</th>
                  {report.preview.header.map((header, index) => (
                    <th key={index}>{header}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {report.preview.rows.map((cells, index) => {
                  const row = fileRow(index, report.preview.row_numbers);
                  const rowErrors = byRow.get(row);
                  return (
                    <tr key={index} className={rowErrors ? 'row-error' : undefined} data-row={row}>
                      <td className="num muted">{row}</td>
                      {report.preview.header.map((header, cellIndex) => (
                        <td
                          key={cellIndex}
                          className={isErrorColumn(header, rowErrors) ? 'cell-error' : undefined}
                          title={rowErrors?.map((rowError) => rowError.message).join('\n')}
                        >
                          {cells[cellIndex] ?? ''}
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
