// "Kế hoạch đại hội": a committee's plan of a congress round at /plan/CODE/TERM. The plan's
// parameters (windows per level, pilots, R-KIND threshold, longest congress, notice, quorum) are
// edited and saved; the subtree's congresses are listed with their date options, venue and
// status. Typing a congress's dates asks the server what the plan would say (POST …/check,
// debounced, nothing saved) and shows each violation next to the row it names; "Lưu" saves. A
// row's "Chi tiết" opens its venue, announcement date (R-NOTICE), the four items (R-CONTENT) and
// the reduced congress (committee appointed), checked the same way as they are typed. Every day
// is shown and typed DD/MM/YYYY (components/DateInput) whatever the browser's language.
import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../api';
import { formatDayMonthYear } from '../dates';
import { formatNumber, levelLabel } from '../format';
import type { LevelInfo } from '../format';
import { api } from '../api';
import { DateInput } from '../components/DateInput';
import { useI18n } from '../i18n-context';
import type { MessageKey } from '../i18n';
import {
  CONTENT_ITEMS,
  blankPlan,
  dateEdit,
  detailsDraft,
  detailsEdit,
  levelParams,
  planApi,
  planInput,
  planLevels,
  rowDates,
  splitCodes,
  violationsByOrg,
  withItem,
  withLevelParams,
  withReduced,
} from '../plan';
import type { CongressRecord, DetailsDraft, PlanCongresses, PlanInput, PlanViolation, StoredPlan } from '../plan';
import { navigate } from '../router';
import './PlanPage.css';

const CHECK_DELAY_MS = 300;

function message(error: unknown): string {
  if (error instanceof ApiError) return error.field ? `${error.field}: ${error.message}` : error.message;
  return String(error);
}

// One row's dates being typed, and what the server says of them.
interface Draft {
  key: string; // org_code/term
  start: string;
  end: string;
  checking: boolean;
  problem: string | null; // typed dates that cannot be sent, or the server's 400
  violations: PlanViolation[] | null; // every violation of the plan if the dates change
}

// A row's details being edited, and what the server says of them.
interface Details {
  key: string;
  draft: DetailsDraft;
  badDate: boolean; // the announcement date typed is no day
  checking: boolean;
  problem: string | null;
  violations: PlanViolation[] | null;
}

function rowKey(record: CongressRecord): string {
  return `${record.org_code}/${record.term}`;
}

export function PlanPage({ org, term }: { org: string | null; term: string | null }) {
  const { t, lang } = useI18n();
  const [levels, setLevels] = useState<LevelInfo[]>([]);
  const [plans, setPlans] = useState<StoredPlan[] | null>(null);
  const [view, setView] = useState<PlanCongresses | null>(null);
  const [params, setParams] = useState<PlanInput | null>(null);
  const [pilotText, setPilotText] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [details, setDetails] = useState<Details | null>(null);
  // Bumped when typed dates are dropped, so the date fields show the stored days again even
  // when the text typed was no day at all.
  const [generation, setGeneration] = useState(0);
  const [levelFilter, setLevelFilter] = useState('');
  const [pickOrg, setPickOrg] = useState(org ?? '');
  const [pickTerm, setPickTerm] = useState(term ?? '');
  const checkAbort = useRef<AbortController | null>(null);

  useEffect(() => {
    api
      .levels()
      .then((list) => setLevels(list.items))
      .catch(() => setLevels([]));
  }, []);

  const load = async (planId: number) => {
    const loaded = await planApi.congresses(planId);
    setView(loaded);
    setParams(planInput(loaded.plan));
    setPilotText(loaded.plan.pilots.join(', '));
  };

  useEffect(() => {
    setView(null);
    setParams(null);
    setMissing(false);
    setDraft(null);
    setDetails(null);
    setError(null);
    setPlans(null);
    if (!org) return;
    const controller = new AbortController();
    planApi
      .list(org, undefined, controller.signal)
      .then(async (list) => {
        setPlans(list.items);
        const chosen = term ? list.items.find((p) => p.term === term) : list.items[0];
        if (!chosen) {
          setMissing(Boolean(term));
          return;
        }
        if (!term) {
          navigate({ page: 'plan', org, term: chosen.term }, true);
          return;
        }
        await load(chosen.id);
      })
      .catch((e) => {
        if (!controller.signal.aborted) setError(message(e));
      });
    return () => controller.abort();
  }, [org, term]);

  // The debounced check of the dates being typed.
  useEffect(() => {
    if (!draft || !draft.checking || !view) return;
    const record = view.congresses.find((c) => rowKey(c) === draft.key);
    if (!record) return;
    const edit = dateEdit(record, draft.start, draft.end);
    if (typeof edit === 'string') return;
    const timer = window.setTimeout(() => {
      checkAbort.current?.abort();
      const controller = new AbortController();
      checkAbort.current = controller;
      planApi
        .check(record.org_code, record.term, edit, controller.signal)
        .then((result) =>
          // Only for the dates it was asked about: an answer overtaken by typing is dropped.
          setDraft((d) => (d === draft ? { ...d, checking: false, problem: null, violations: result.violations } : d)),
        )
        .catch((e) => {
          if (controller.signal.aborted) return;
          setDraft((d) => (d === draft ? { ...d, checking: false, problem: message(e), violations: null } : d));
        });
    }, CHECK_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [draft, view]);

  // The debounced check of the details being typed (the announcement date moves R-NOTICE; a
  // reduced congress with items 3–4 is refused by R-CONTENT with the reason).
  useEffect(() => {
    if (!details || !details.checking || !view) return;
    const record = view.congresses.find((c) => rowKey(c) === details.key);
    if (!record) return;
    const edit = detailsEdit(record, details.draft);
    const timer = window.setTimeout(() => {
      checkAbort.current?.abort();
      const controller = new AbortController();
      checkAbort.current = controller;
      planApi
        .check(record.org_code, record.term, edit, controller.signal)
        .then((result) =>
          setDetails((d) => (d === details ? { ...d, checking: false, problem: null, violations: result.violations } : d)),
        )
        .catch((e) => {
          if (controller.signal.aborted) return;
          setDetails((d) => (d === details ? { ...d, checking: false, problem: message(e), violations: null } : d));
        });
    }, CHECK_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [details, view]);

  const shownViolations = draft?.violations ?? details?.violations ?? view?.violations ?? [];
  const byOrg = useMemo(() => violationsByOrg(shownViolations), [shownViolations]);
  const levelCodes = useMemo(() => (params && view ? planLevels(params, view.congresses) : []), [params, view]);
  const rows = useMemo(
    () => (view ? view.congresses.filter((c) => !levelFilter || c.level === levelFilter) : []),
    [view, levelFilter],
  );

  const typeDates = (record: CongressRecord, start: string, end: string) => {
    const edit = dateEdit(record, start, end);
    setNotice(null);
    setDetails(null);
    setDraft({
      key: rowKey(record),
      start,
      end,
      checking: typeof edit !== 'string',
      problem: typeof edit === 'string' ? t(edit as MessageKey) : null,
      violations: null,
    });
  };

  // A typed text that is no day: the row cannot be saved until it is one (DateInput says why).
  const badDates = (record: CongressRecord) => {
    const judged = rowDates(record);
    setDraft((d) => ({
      key: rowKey(record),
      start: d && d.key === rowKey(record) ? d.start : judged.start,
      end: d && d.key === rowKey(record) ? d.end : judged.end,
      checking: false,
      problem: t('plan.badDates'),
      violations: null,
    }));
  };

  const openDetails = (record: CongressRecord) => {
    setNotice(null);
    setDraft(null);
    setDetails(
      details?.key === rowKey(record)
        ? null
        : { key: rowKey(record), draft: detailsDraft(record), badDate: false, checking: false, problem: null, violations: null },
    );
  };

  const typeDetails = (record: CongressRecord, next: DetailsDraft, badDate = false) => {
    const changed = Object.keys(detailsEdit(record, next)).length > 0;
    setDetails({ key: rowKey(record), draft: next, badDate, checking: changed && !badDate, problem: null, violations: null });
  };

  const saveDetails = async (record: CongressRecord) => {
    if (!details || !view) return;
    const edit = detailsEdit(record, details.draft);
    if (Object.keys(edit).length === 0) {
      setDetails(null);
      return;
    }
    try {
      await planApi.edit(record.org_code, record.term, edit);
      setDetails(null);
      await load(view.plan.id);
      setNotice(t('plan.detailsSaved', { org: record.org_code }));
    } catch (e) {
      setDetails({ ...details, checking: false, problem: message(e) });
    }
  };

  const saveDraft = async (record: CongressRecord) => {
    if (!draft || !view) return;
    const edit = dateEdit(record, draft.start, draft.end);
    if (typeof edit === 'string') return;
    try {
      await planApi.edit(record.org_code, record.term, edit);
      setDraft(null);
      await load(view.plan.id);
      setNotice(t('plan.rowSaved', { org: record.org_code }));
    } catch (e) {
      setDraft({ ...draft, problem: message(e) });
    }
  };

  const choose = async (record: CongressRecord, index: number) => {
    if (!view) return;
    try {
      await planApi.edit(record.org_code, record.term, { chosen: index });
      await load(view.plan.id);
      setNotice(t('plan.chosenSaved', { n: index + 1, org: record.org_code }));
    } catch (e) {
      setError(message(e));
    }
  };

  const saveParams = async () => {
    if (!params || !view) return;
    try {
      await planApi.update(view.plan.id, { ...params, pilots: splitCodes(pilotText) });
      await load(view.plan.id);
      setError(null);
      setNotice(t('plan.saved'));
    } catch (e) {
      setError(message(e));
    }
  };

  const create = async () => {
    if (!org || !term) return;
    try {
      const created = await planApi.create(blankPlan(org, term));
      setMissing(false);
      await load(created.id);
    } catch (e) {
      setError(message(e));
    }
  };

  const dates = (from: string | null, to: string | null) => {
    if (!from) return '';
    return !to || to === from ? formatDayMonthYear(from) : `${formatDayMonthYear(from)} – ${formatDayMonthYear(to)}`;
  };

  return (
    <div className="plan-page">
      <h1 className="page-title">{t('plan.title')}</h1>
      <form
        className="panel plan-pick"
        onSubmit={(event) => {
          event.preventDefault();
          if (pickOrg.trim()) navigate({ page: 'plan', org: pickOrg.trim(), term: pickTerm.trim() || null });
        }}
      >
        <label>
          {t('plan.root')}
          <input value={pickOrg} onChange={(e) => setPickOrg(e.target.value)} placeholder="BADINH" />
        </label>
        <label>
          {t('plan.term')}
          <input value={pickTerm} onChange={(e) => setPickTerm(e.target.value)} placeholder="2020-2025" />
        </label>
        <button type="submit" className="button">
          {t('plan.open')}
        </button>
        {plans && plans.length > 0 && (
          <span className="plan-others">
            {t('plan.otherPlans')}:{' '}
            {plans.map((p) => (
              <a
                key={p.id}
                href={`/plan/${encodeURIComponent(p.root)}/${p.term}`}
                className={p.term === term ? 'active' : ''}
                onClick={(event) => {
                  event.preventDefault();
                  navigate({ page: 'plan', org: p.root, term: p.term });
                }}
              >
                {p.term}
              </a>
            ))}
          </span>
        )}
      </form>

      {error && (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      )}
      {notice && (
        <div className="alert alert-success" role="status">
          {notice}
        </div>
      )}
      {missing && org && term && (
        <div className="panel">
          <p>{t('plan.none', { root: org, term })}</p>
          <button type="button" className="button" onClick={create}>
            {t('plan.create')}
          </button>
        </div>
      )}
      {org && term && !view && !missing && !error && <p className="muted">{t('plan.loading')}</p>}

      {view && params && (
        <>
          <section className="panel plan-params" aria-label={t('plan.params')}>
            <div className="plan-head">
              <h2>{t('plan.params')}</h2>
              <span className={shownViolations.length ? 'plan-badge bad' : 'plan-badge good'} data-testid="plan-violation-count">
                {shownViolations.length ? t('plan.violationsCount', { n: shownViolations.length }) : t('plan.noViolations')}
              </span>
            </div>
            <label className="plan-wide">
              {t('plan.planTitle')}
              <input value={params.title} onChange={(e) => setParams({ ...params, title: e.target.value })} />
            </label>
            <div className="table-scroll">
              <table className="table plan-levels">
                <thead>
                  <tr>
                    <th>{t('plan.level')}</th>
                    <th>{t('plan.window')}</th>
                    <th>{t('plan.pilotWindow')}</th>
                    <th>{t('plan.maxDays')}</th>
                  </tr>
                </thead>
                <tbody>
                  {levelCodes.map((level) => {
                    const p = levelParams(params, level);
                    const set = (patch: Partial<typeof p>) => setParams(withLevelParams(params, level, { ...p, ...patch }));
                    return (
                      <tr key={level} data-level={level}>
                        <td>{levelLabel(levels, level, lang)}</td>
                        <td className="plan-window">
                          <DateInput label={`${t('plan.window')} ${level} ${t('plan.from')}`} value={p.start} onChange={(iso) => set({ start: iso })} />
                          <span className="plan-dash">–</span>
                          <DateInput label={`${t('plan.window')} ${level} ${t('plan.to')}`} value={p.end} min={p.start || undefined} onChange={(iso) => set({ end: iso })} />
                        </td>
                        <td className="plan-window">
                          <DateInput label={`${t('plan.pilotWindow')} ${level} ${t('plan.from')}`} value={p.pilotStart} onChange={(iso) => set({ pilotStart: iso })} />
                          <span className="plan-dash">–</span>
                          <DateInput label={`${t('plan.pilotWindow')} ${level} ${t('plan.to')}`} value={p.pilotEnd} min={p.pilotStart || undefined} onChange={(iso) => set({ pilotEnd: iso })} />
                        </td>
                        <td>
                          <input className="plan-number" inputMode="numeric" aria-label={`${t('plan.maxDays')} ${level}`} value={p.maxDays} onChange={(e) => set({ maxDays: e.target.value })} />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <div className="plan-fields">
              <label className="plan-wide">
                {t('plan.pilots')}
                <input value={pilotText} onChange={(e) => setPilotText(e.target.value)} />
              </label>
              <label>
                {t('plan.kindThreshold')}
                <input
                  className="plan-number"
                  inputMode="numeric"
                  value={String(params.members_congress_below)}
                  onChange={(e) => setParams({ ...params, members_congress_below: Number(e.target.value) || 0 })}
                />
              </label>
              <label>
                {t('plan.notice')}
                <input
                  className="plan-number"
                  inputMode="numeric"
                  value={params.notice_working_days === null ? '' : String(params.notice_working_days)}
                  onChange={(e) =>
                    setParams({ ...params, notice_working_days: e.target.value.trim() === '' ? null : Number(e.target.value) })
                  }
                />
              </label>
              <label>
                {t('plan.quorum')}
                <input className="plan-number" value={params.quorum} onChange={(e) => setParams({ ...params, quorum: e.target.value })} />
              </label>
            </div>
            <button type="button" className="button" onClick={saveParams}>
              {t('plan.saveParams')}
            </button>
          </section>

          <section className="panel">
            <div className="plan-head">
              <h2>{t('plan.congresses')}</h2>
              <label>
                {t('plan.filterLevel')}{' '}
                <select value={levelFilter} onChange={(e) => setLevelFilter(e.target.value)}>
                  <option value="">{t('plan.allLevels')}</option>
                  {levelCodes.map((level) => (
                    <option key={level} value={level}>
                      {levelLabel(levels, level, lang)}
                    </option>
                  ))}
                </select>
              </label>
              <span className="muted">{t('plan.shown', { shown: rows.length, total: view.congresses.length })}</span>
            </div>
            <div className="table-scroll">
              <table className="table plan-table" data-testid="plan-congresses">
                <thead>
                  <tr>
                    <th>{t('plan.organization')}</th>
                    <th>{t('plan.level')}</th>
                    <th>{t('plan.kind')}</th>
                    <th>{t('plan.ordinal')}</th>
                    <th>{t('plan.pilot')}</th>
                    <th>{t('plan.dates')}</th>
                    <th>{t('plan.options')}</th>
                    <th>{t('plan.venue')}</th>
                    <th>{t('plan.status')}</th>
                    <th>{t('plan.violations')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((record) => {
                    const key = rowKey(record);
                    const own = draft && draft.key === key ? draft : null;
                    const judged = rowDates(record);
                    const rowViolations = byOrg.get(record.org_code) ?? [];
                    const open = details && details.key === key ? details : null;
                    return (
                      <Fragment key={key}>
                      <tr data-org={record.org_code} className={rowViolations.length ? 'plan-row bad' : 'plan-row'}>
                        <td>
                          <div className="plan-org">{record.name}</div>
                          <div className="muted">
                            {record.org_code} · {t('tree.members', { n: formatNumber(record.members, lang) })}
                          </div>
                        </td>
                        <td>{levelLabel(levels, record.level, lang)}</td>
                        <td>{record.kind === 'delegates' ? t('plan.kindDelegates') : t('plan.kindMembers')}</td>
                        <td className="plan-ordinal">{record.ordinal_roman}</td>
                        <td>{record.pilot || view.plan.pilots.includes(record.org_code) ? '★' : ''}</td>
                        <td className="plan-dates">
                          {record.recorded ? (
                            <>
                              <DateInput
                                key={`from-${generation}`}
                                label={`${record.org_code} ${t('plan.from')}`}
                                value={own ? own.start : judged.start}
                                onChange={(iso) => typeDates(record, iso, own ? own.end : judged.end)}
                                onCheck={(c) => (c.kind === 'invalid' ? badDates(record) : undefined)}
                              />
                              <DateInput
                                key={`to-${generation}`}
                                label={`${record.org_code} ${t('plan.to')}`}
                                value={own ? own.end : judged.end}
                                onChange={(iso) => typeDates(record, own ? own.start : judged.start, iso)}
                                onCheck={(c) => (c.kind === 'invalid' ? badDates(record) : undefined)}
                              />
                              <div className="muted">{judged.held ? t('plan.heldDates') : t('plan.plannedDates')}</div>
                              {own && (
                                <div className="plan-draft">
                                  {own.checking && <span className="muted">{t('plan.checking')}</span>}
                                  {own.problem && <span className="plan-problem">{own.problem}</span>}
                                  {own.violations && <span className="muted">{t('plan.proposed')}</span>}
                                  <button type="button" className="button small" disabled={Boolean(own.problem) || own.checking} onClick={() => saveDraft(record)}>
                                    {t('plan.save')}
                                  </button>
                                  <button
                                    type="button"
                                    className="button small secondary"
                                    onClick={() => {
                                      setDraft(null);
                                      setGeneration((g) => g + 1);
                                    }}
                                  >
                                    {t('plan.cancel')}
                                  </button>
                                </div>
                              )}
                            </>
                          ) : (
                            <span className="muted">{t('plan.notRecorded')}</span>
                          )}
                        </td>
                        <td>
                          {record.options.length > 0 && (
                            <ul className="plan-options">
                              {record.options.map((option, index) => (
                                <li key={index} className={record.chosen === index ? 'chosen' : ''}>
                                  <span>
                                    {dates(option.start, option.end)}
                                    {option.note ? ` (${option.note})` : ''}
                                  </span>{' '}
                                  {record.chosen === index ? (
                                    <strong>{t('plan.chosen')}</strong>
                                  ) : (
                                    <button
                                      type="button"
                                      className="button small secondary"
                                      aria-label={`${t('plan.choose')} ${dates(option.start, option.end)}`}
                                      onClick={() => choose(record, index)}
                                    >
                                      {t('plan.choose')}
                                    </button>
                                  )}
                                </li>
                              ))}
                            </ul>
                          )}
                          {record.options.length === 0 && record.planned_start && (
                            <span className="muted">{dates(record.planned_start, record.planned_end)}</span>
                          )}
                        </td>
                        <td className="plan-venue">
                          {record.venue}
                          {record.announced_on && (
                            <div className="muted">{t('plan.announcedShort', { date: formatDayMonthYear(record.announced_on) })}</div>
                          )}
                          {record.reduced && <div className="plan-reduced">{t('plan.reducedShort')}</div>}
                          {record.recorded && (
                            <button
                              type="button"
                              className="button small secondary plan-details-toggle"
                              aria-expanded={details?.key === key}
                              aria-label={`${t('plan.details')} ${record.org_code}`}
                              onClick={() => openDetails(record)}
                            >
                              {t('plan.details')}
                            </button>
                          )}
                        </td>
                        <td>
                          <span className={`plan-status ${record.status}`}>{record.recorded ? record.status_label : t('plan.notRecorded')}</span>
                        </td>
                        <td className="plan-violations">
                          {rowViolations.map((v, index) => (
                            <div key={index} className="plan-violation" data-rule={v.rule}>
                              <code>{v.rule}</code> {v.message}
                            </div>
                          ))}
                        </td>
                      </tr>
                      {open && (
                        <tr className="plan-details-row" data-details={record.org_code}>
                          <td colSpan={10}>
                            <DetailsForm
                              record={record}
                              details={open}
                              onType={(next, badDate) => typeDetails(record, next, badDate)}
                              onSave={() => saveDetails(record)}
                              onCancel={() => setDetails(null)}
                            />
                          </td>
                        </tr>
                      )}
                      </Fragment>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </div>
  );
}

const ITEM_LABEL = {
  review: 'plan.item.review',
  documents: 'plan.item.documents',
  committee: 'plan.item.committee',
  delegation: 'plan.item.delegation',
} as const;

// The venue, the announcement date, the four items (R-CONTENT) and the reduced congress of one
// congress; what the server says of the typed values shows underneath.
function DetailsForm({
  record,
  details,
  onType,
  onSave,
  onCancel,
}: {
  record: CongressRecord;
  details: Details;
  onType: (next: DetailsDraft, badDate?: boolean) => void;
  onSave: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { draft } = details;
  const changed = Object.keys(detailsEdit(record, draft)).length > 0;
  return (
    <form
      className="plan-details"
      aria-label={t('plan.detailsOf', { name: record.name })}
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      <label className="plan-details-venue">
        {t('plan.venue')}
        <input value={draft.venue} onChange={(e) => onType({ ...draft, venue: e.target.value }, details.badDate)} />
      </label>
      <div className="plan-details-field">
        <span>{t('plan.announcedOn')}</span>
        <DateInput
          label={`${t('plan.announcedOn')} ${record.org_code}`}
          value={draft.announcedOn}
          onChange={(iso) => onType({ ...draft, announcedOn: iso })}
          onCheck={(c) => c.kind === 'invalid' && onType(draft, true)}
        />
        <span className="muted small">{t('plan.announcedHint')}</span>
      </div>
      <fieldset className="plan-details-items">
        <legend>{t('plan.items')}</legend>
        <label className="plan-check">
          <input type="checkbox" checked={draft.reduced} onChange={(e) => onType(withReduced(draft, e.target.checked), details.badDate)} />
          {t('plan.reduced')}
        </label>
        {CONTENT_ITEMS.map((item, index) => (
          <label key={item} className="plan-check">
            <input
              type="checkbox"
              checked={draft.items.includes(item)}
              disabled={!draft.reduced}
              onChange={(e) => onType(withItem(draft, item, e.target.checked), details.badDate)}
            />
            {index + 1}. {t(ITEM_LABEL[item])}
          </label>
        ))}
        <span className="muted small">{draft.reduced ? t('plan.reducedHint') : t('plan.fullHint')}</span>
      </fieldset>
      <div className="plan-draft">
        {details.checking && <span className="muted">{t('plan.checking')}</span>}
        {details.problem && (
          <span className="plan-problem" role="alert">
            {details.problem}
          </span>
        )}
        {details.violations && <span className="muted">{t('plan.proposedDetails')}</span>}
        <button type="submit" className="button small" disabled={!changed || details.badDate || details.checking || Boolean(details.problem)}>
          {t('plan.save')}
        </button>
        <button type="button" className="button small secondary" onClick={onCancel}>
          {t('plan.cancel')}
        </button>
      </div>
    </form>
  );
}
