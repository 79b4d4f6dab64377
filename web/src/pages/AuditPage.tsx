// Nhật ký thay đổi: the audit trail (docs/security.md), filtered by organization, actor and time,
// exported as CSV, and its hash chain verified on request. Administrators only: the API refuses
// anyone else, and the page says so.
import { useEffect, useState } from 'react';
import {
  auditCsvUrl,
  emptyFilters,
  formatAuditTime,
  listAudit,
  shortHash,
  verifyAudit,
  type AuditCheck,
  type AuditFilters,
  type AuditPage as Page,
} from '../audit';
import { DateInput } from '../components/DateInput';
import { useI18n } from '../i18n-context';
import './AuditPage.css';

const PAGE_SIZE = 50;

export function AuditPage() {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<AuditFilters>(emptyFilters);
  const [filters, setFilters] = useState<AuditFilters>(emptyFilters);
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<Page | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [check, setCheck] = useState<AuditCheck | null>(null);
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    listAudit(filters, offset, PAGE_SIZE, controller.signal)
      .then(setPage)
      .catch((reason: Error) => {
        if (reason.name !== 'AbortError') setError(reason.message);
      });
    return () => controller.abort();
  }, [filters, offset]);

  const apply = () => {
    setOffset(0);
    setFilters(draft);
  };

  const verify = () => {
    setChecking(true);
    setCheckError(null);
    verifyAudit()
      .then(setCheck)
      .catch((reason: Error) => setCheckError(reason.message))
      .finally(() => setChecking(false));
  };

  return (
    <div className="audit-page">
      <section className="panel">
        <h1 className="page-title">{t('audit.heading')}</h1>
        <p className="muted">{t('audit.intro')}</p>
        <form
          className="audit-filters"
          onSubmit={(event) => {
            event.preventDefault();
            apply();
          }}
        >
          <label className="field">
            <span className="field-label">{t('audit.org')}</span>
            <input
              name="org"
              value={draft.org}
              placeholder="BADINH"
              onChange={(e) => setDraft({ ...draft, org: e.target.value })}
            />
          </label>
          <label className="field">
            <span className="field-label">{t('audit.actor')}</span>
            <input
              name="actor"
              value={draft.actor}
              placeholder="badinh.btc"
              onChange={(e) => setDraft({ ...draft, actor: e.target.value })}
            />
          </label>
          <div className="field">
            <span className="field-label">{t('audit.from')}</span>
            <DateInput label={t('audit.from')} value={draft.from} onChange={(iso) => setDraft({ ...draft, from: iso })} />
          </div>
          <div className="field">
            <span className="field-label">{t('audit.to')}</span>
            <DateInput
              label={t('audit.to')}
              value={draft.to}
              min={draft.from || undefined}
              onChange={(iso) => setDraft({ ...draft, to: iso })}
            />
          </div>
          <button type="submit" className="button primary">
            {t('audit.filter')}
          </button>
          <a className="button" href={auditCsvUrl(filters)} download>
            {t('audit.export')}
          </a>
        </form>
      </section>

      <section className="panel">
        <div className="audit-verify">
          <button type="button" className="button" onClick={verify} disabled={checking}>
            {checking ? t('audit.verifying') : t('audit.verify')}
          </button>
          {check ? (
            <span
              className={check.ok ? 'status status-full' : 'alert alert-error'}
              role="status"
              data-testid="audit-check"
            >
              {check.ok
                ? t('audit.chainOk').replace('{records}', String(check.records))
                : t('audit.chainBroken')
                    .replace('{seq}', String(check.first_bad_seq ?? '?'))
                    .replace('{problem}', t(`audit.problem.${check.problem}` as never))}
              {check.ok ? (
                <>
                  {' '}
                  {t('audit.head')}: <code title={check.head}>{shortHash(check.head)}</code>
                </>
              ) : null}
            </span>
          ) : null}
          {checkError ? (
            <span className="alert alert-error" role="alert">
              {checkError}
            </span>
          ) : null}
        </div>
      </section>

      <section className="panel">
        {error ? (
          <div className="alert alert-error" role="alert">
            {t('common.error')}: {error}
          </div>
        ) : !page ? (
          <p className="muted">{t('audit.loading')}</p>
        ) : page.items.length === 0 ? (
          <p className="muted">{t('audit.empty')}</p>
        ) : (
          <>
            <p className="muted">{t('audit.total').replace('{total}', String(page.total))}</p>
            <table className="table audit-table" data-testid="audit-table">
              <thead>
                <tr>
                  <th className="num">{t('audit.seq')}</th>
                  <th>{t('audit.at')}</th>
                  <th>{t('audit.actor')}</th>
                  <th>{t('audit.useCase')}</th>
                  <th>{t('audit.org')}</th>
                  <th>{t('audit.digest')}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((record) => (
                  <tr key={record.seq}>
                    <td className="num">{record.seq}</td>
                    <td className="nowrap">{formatAuditTime(record.at, lang)}</td>
                    <td>{record.actor}</td>
                    <td>{record.use_case}</td>
                    <td>{record.org ?? ''}</td>
                    <td className="hash" title={record.digest}>
                      {shortHash(record.digest)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="pager">
              <button
                type="button"
                className="button"
                disabled={offset === 0}
                onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
              >
                {t('audit.previous')}
              </button>
              <button
                type="button"
                className="button"
                disabled={offset + PAGE_SIZE >= page.total}
                onClick={() => setOffset(offset + PAGE_SIZE)}
              >
                {t('audit.next')}
              </button>
            </div>
          </>
        )}
      </section>
    </div>
  );
}
