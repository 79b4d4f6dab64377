// "Đại biểu triệu tập": the credentials committee's roll of a congress. It shows who is convened
// and the R-THRESHOLD base with every exclusion named; records delegations (officials and
// alternates in rank order) and ex-officio members (R-EX-OFFICIO), credential issues
// (R-CREDENTIALS), sessions and absences. Every write answers the whole roll, which the page
// shows as it is: nothing is computed here that the server decides.
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { api } from '../api';
import type { ApiError } from '../api';
import { OrgPicker } from '../components/OrgPicker';
import { formatDate, formatNumber } from '../format';
import type { LevelInfo } from '../format';
import { useI18n } from '../i18n-context';
import type { ListedCongress } from '../progress';
import {
  ISSUE_KINDS,
  congressTitle,
  defaultTerm,
  errorAt,
  errorElsewhere,
  exclusionLines,
  filterPeople,
  findingTexts,
  groupRoll,
  issueKindLabel,
  memberStateLabel,
  namesByKey,
  namesFromLines,
  ownCongresses,
  personState,
  roleLabel,
  rollApi,
  sessionLabel,
} from '../roll';
import type { Delegation, FormError, IssueKind, RollPerson, RollView } from '../roll';
import { navigate } from '../router';
import type { OrgNode } from '../tree';
import './RollPage.css';

// Runs a write and shows the roll it answers; an error goes to the form that made the call.
type Write = (
  action: () => Promise<RollView>,
  onError: (error: FormError | null) => void,
  success?: (view: RollView) => string,
) => Promise<boolean>;

export function RollPage({ org, term }: { org: string | null; term: string | null }) {
  const { t } = useI18n();
  const [levels, setLevels] = useState<LevelInfo[]>([]);
  const [roots, setRoots] = useState<OrgNode[]>([]);
  const [orgName, setOrgName] = useState('');
  const [congresses, setCongresses] = useState<{ org: string; items: ListedCongress[] } | null>(null);
  const [view, setView] = useState<RollView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([api.levels(), api.roots()])
      .then(([levelList, rootList]) => {
        setLevels(levelList.items);
        setRoots(rootList.items);
      })
      .catch((reason: Error) => setError(reason.message));
  }, []);

  // The organization's own congresses; without a term in the address, open the newest one.
  useEffect(() => {
    if (!org) return;
    const controller = new AbortController();
    setError(null);
    Promise.all([api.organization(org, controller.signal), api.congresses(org, undefined, controller.signal)])
      .then(([detail, list]) => {
        setOrgName(detail.organization.name);
        const own = ownCongresses(list.items, org);
        setCongresses({ org, items: own });
        const chosen = defaultTerm(own);
        if (!term && chosen) navigate({ page: 'roll', org, term: chosen }, true);
      })
      .catch((reason: Error) => {
        if (reason.name !== 'AbortError') setError(reason.message);
      });
    return () => controller.abort();
    // `term` is read only to fill it in when missing: not a reason to load again.
  }, [org]);

  // The congress on screen: a write answered after the user moved on is not shown.
  const shown = useRef({ org, term });
  shown.current = { org, term };

  useEffect(() => {
    setView(null);
    setNotice(null);
    setSelected(null);
    setError(null);
    if (!org || !term) return;
    let live = true;
    rollApi
      .view(org, term)
      .then((next) => live && setView(next))
      .catch((reason: Error) => live && setError(reason.message));
    return () => {
      live = false;
    };
  }, [org, term]);

  const write: Write = async (action, onError, success) => {
    onError(null);
    try {
      const next = await action();
      const { org: code, term: when } = shown.current;
      if (next.congress.org_code !== code || next.congress.term !== when) return true;
      setView(next);
      setNotice(success ? success(next) : t('roll.saved'));
      return true;
    } catch (reason) {
      const failure = reason as ApiError;
      onError({ field: failure.field ?? '', message: failure.message });
      setNotice(null);
      return false;
    }
  };

  const own = congresses && congresses.org === org ? congresses.items : null;
  const current = view && view.congress.org_code === org && view.congress.term === term ? view : null;
  const person = current && selected ? (current.people.find((p) => p.key === selected) ?? null) : null;

  return (
    <div className="roll-page">
      <section className="panel">
        <h1 className="page-title">{t('roll.heading')}</h1>
        <p className="hint">{t('roll.intro')}</p>
        <div className="controls-row">
          <OrgPicker
            roots={roots}
            current={org}
            currentName={orgName}
            levels={levels}
            onChoose={(code) => navigate({ page: 'roll', org: code, term: null })}
          />
          <Field id="roll-term" name="term" label={t('roll.term')}>
            <select id="roll-term"
              value={term ?? ''}
              disabled={!own || own.length === 0}
              onChange={(event) => org && navigate({ page: 'roll', org, term: event.target.value || null })}
            >
              {!term && <option value="">—</option>}
              {term && !own?.some((c) => c.term === term) && <option value={term}>{term}</option>}
              {(own ?? []).map((congress) => (
                <option key={congress.term} value={congress.term}>
                  {t('roll.termOption', { term: congress.term, kind: t(`roll.kind.${congress.kind}`) })}
                </option>
              ))}
            </select>
          </Field>
        </div>
        {!org && <p className="muted roll-pick">{t('roll.pickOrg')}</p>}
        {own && own.length === 0 && <p className="muted roll-pick">{t('roll.noCongress')}</p>}
      </section>

      {error && (
        <div className="alert alert-error" role="alert">
          {t('common.error')}: {error}
        </div>
      )}
      {org && term && !current && !error && <p className="muted">{t('common.loading')}</p>}

      {current && (
        <Roll
          view={current}
          notice={notice}
          write={write}
          onOpen={setSelected}
        />
      )}
      {current && person && (
        <PersonPanel
          key={person.key}
          view={current}
          person={person}
          write={write}
          onClose={() => setSelected(null)}
        />
      )}
    </div>
  );
}

interface RollProps {
  view: RollView;
  notice: string | null;
  write: Write;
  onOpen: (key: string) => void;
}

function Roll({ view, notice, write, onOpen }: RollProps) {
  const { t, lang } = useI18n();
  const { org_code: code, term } = view.congress;
  const groups = useMemo(() => groupRoll(view), [view]);
  const findings = useMemo(() => findingTexts(view, lang), [view, lang]);
  const delegates = view.congress.kind === 'delegates';

  return (
    <>
      <section className="panel roll-head">
        <div className="roll-title-row">
          <div>
            <h2 className="roll-congress" data-testid="roll-congress">
              {congressTitle(view.congress, lang)}
            </h2>
            <p className="muted roll-opening">
              {t(view.opening_source === 'held' ? 'roll.opening.held' : 'roll.opening.planned', {
                date: formatDate(view.opening, lang),
              })}
            </p>
          </div>
          <div className="exports">
            {delegates && (
              <a className="button" href={rollApi.pdfUrl(code, term)}>
                {t('roll.pdf')}
              </a>
            )}
            <a className="button" href={rollApi.xlsxUrl(code, term)}>
              {t('roll.xlsx')}
            </a>
          </div>
        </div>
        <Figures view={view} />
      </section>

      {notice && (
        <div className="alert alert-success" role="status">
          {notice}
        </div>
      )}

      {findings.length > 0 && (
        <section className="alert roll-findings" aria-label={t('roll.findings')} data-testid="findings">
          <strong>{t('roll.findings')}</strong>
          <ul>
            {findings.map((text, index) => (
              <li key={index}>{text}</li>
            ))}
          </ul>
        </section>
      )}

      <div className="roll-grid">
        <div className="roll-main">
          {delegates ? (
            <>
              <section className="panel">
                <h2 className="panel-title">
                  {t('roll.exOfficio')} <span className="muted">({groups.exOfficio.length})</span>
                </h2>
                {groups.exOfficio.length === 0 ? (
                  <p className="muted">{t('roll.exOfficioNone')}</p>
                ) : (
                  <PeopleTable view={view} people={groups.exOfficio} onOpen={onOpen} testId="ex-officio" showRole={false} />
                )}
                <ExOfficioForm view={view} write={write} />
              </section>
              <section className="panel">
                <h2 className="panel-title">{t('roll.delegations')}</h2>
                <p className="muted roll-allocation">
                  {view.allocation_id !== null ? (
                    <a
                      href={`/allocation/${view.allocation_id}`}
                      onClick={(event) => {
                        event.preventDefault();
                        navigate({ page: 'allocation', id: view.allocation_id });
                      }}
                    >
                      {t('roll.allocationUsed', { id: view.allocation_id })}
                    </a>
                  ) : (
                    t('roll.noAllocation')
                  )}
                </p>
                {groups.delegations.length === 0 && <p className="muted">{t('roll.delegationsNone')}</p>}
                {groups.delegations.map((delegation) => (
                  <DelegationBlock
                    key={delegation.unit.code}
                    view={view}
                    delegation={delegation}
                    showAllocation={view.allocation_id !== null}
                    onOpen={onOpen}
                  />
                ))}
                {groups.pending.length > 0 && (
                  <details className="roll-pending">
                    <summary>{t('roll.pendingUnits', { n: groups.pending.length })}</summary>
                    <p className="muted">{groups.pending.map((unit) => unit.name).join(' · ')}</p>
                  </details>
                )}
              </section>
            </>
          ) : (
            <MembersSection view={view} members={groups.members} onOpen={onOpen} />
          )}
        </div>
        <aside className="roll-side">
          {delegates && <DelegationForm view={view} write={write} />}
          <SessionsEditor view={view} write={write} />
          <IssuesList view={view} write={write} onOpen={onOpen} />
        </aside>
      </div>
    </>
  );
}

function Figures({ view }: { view: RollView }) {
  const { t, lang } = useI18n();
  const lines = exclusionLines(view, lang);
  const figure = (label: string, value: number, testId: string, strong = false) => (
    <div className={strong ? 'stat roll-stat strong-stat' : 'stat roll-stat'}>
      <div className="stat-value" data-testid={testId}>
        {formatNumber(value, lang)}
      </div>
      <div className="stat-label">{label}</div>
    </div>
  );
  const { convened } = view;
  return (
    <>
      <div className="roll-figures">
        {figure(t('roll.convened'), convened.convened, 'convened')}
        {figure(t('roll.excluded'), convened.excluded, 'excluded')}
        {figure(t('roll.denominator'), convened.denominator, 'denominator', true)}
        {figure(t('roll.votesNeeded'), convened.votes_needed, 'votes-needed', true)}
      </div>
      <div className="roll-exclusions" data-testid="exclusions">
        <span className="field-label">{t('roll.exclusionsHeading')}</span>
        {lines.length === 0 ? (
          <p className="muted">{t('roll.noExclusions')}</p>
        ) : (
          <ul>
            {lines.map((line) => (
              <li key={line.reason} data-reason={line.reason}>
                <strong>{line.label}</strong>: {formatNumber(line.count, lang)}
                {line.names.length > 0 && <span className="muted"> — {line.names.join(', ')}</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}

// Plain rows (a members' congress can list a thousand): the name opens the person's panel.
function PeopleTable({
  view,
  people,
  onOpen,
  testId,
  numberFrom = 1,
  showRole = true,
  showMemberState = false,
}: {
  view: RollView;
  people: RollPerson[];
  onOpen: (key: string) => void;
  testId?: string;
  numberFrom?: number;
  showRole?: boolean; // not in the ex-officio list: they are all ex officio
  showMemberState?: boolean;
}) {
  const { t, lang } = useI18n();
  const names = useMemo(() => namesByKey(view), [view]);
  return (
    <div className="table-scroll">
      <table className="table roll-table" data-testid={testId}>
        <thead>
          <tr>
            <th className="num">{t('roll.col.no')}</th>
            <th>{t('roll.col.name')}</th>
            {(showRole || showMemberState) && (
              <th>{showMemberState ? t('roll.col.memberState') : t('roll.col.role')}</th>
            )}
            <th>{t('roll.col.state')}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person, index) => {
            const state = personState(person, view, names, lang);
            return (
              <tr key={person.key} data-key={person.key} className={`tone-${state.tone}`}>
                <td className="num muted">{formatNumber(numberFrom + index, lang)}</td>
                <td>
                  <button
                    type="button"
                    className="person-link"
                    title={t('roll.person.open', { name: person.full_name })}
                    onClick={() => onOpen(person.key)}
                  >
                    {person.full_name}
                  </button>
                </td>
                {(showRole || showMemberState) && (
                  <td className="muted nowrap">
                    {showMemberState
                      ? memberStateLabel(person.state ?? 'active', lang)
                      : person.rank > 0
                        ? `${roleLabel(person.role, lang)} · ${t('roll.rank', { n: person.rank })}`
                        : roleLabel(person.role, lang)}
                  </td>
                )}
                <td className="roll-state" data-testid="state">
                  {state.text}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function DelegationBlock({
  view,
  delegation,
  showAllocation,
  onOpen,
}: {
  view: RollView;
  delegation: Delegation;
  showAllocation: boolean;
  onOpen: (key: string) => void;
}) {
  const { t } = useI18n();
  const { unit, officials, alternates } = delegation;
  const figures = {
    officials: officials.length,
    alternates: alternates.length,
    allocated: unit.allocated,
  };
  const short = showAllocation && officials.length !== unit.allocated;
  return (
    <div className="roll-delegation" data-unit={unit.code} data-testid="delegation">
      <div className="roll-delegation-head">
        <h3>{unit.name}</h3>
        <span className={short ? 'roll-delegation-figures off' : 'roll-delegation-figures'}>
          {showAllocation
            ? t('roll.delegationFigures', figures)
            : t('roll.delegationFiguresNoAllocation', figures)}
        </span>
      </div>
      <PeopleTable view={view} people={[...officials, ...alternates]} onOpen={onOpen} />
    </div>
  );
}

// A labelled input with the API's error about it underneath; `name` is the request field.
function Field({
  id,
  name,
  label,
  className,
  error = null,
  children,
}: {
  id: string;
  name: string;
  label: string;
  className?: string;
  error?: string | null;
  children: ReactNode;
}) {
  return (
    <div className={className ? `field ${className}` : 'field'} data-field={name}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children}
      <FieldError text={error} />
    </div>
  );
}

function FieldError({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <p className="field-error" role="alert">
      {text}
    </p>
  );
}

function DelegationForm({ view, write }: { view: RollView; write: Write }) {
  const { t, lang } = useI18n();
  const { org_code: code, term } = view.congress;
  const [unit, setUnit] = useState('');
  const [officials, setOfficials] = useState('');
  const [alternates, setAlternates] = useState('');
  const [error, setError] = useState<FormError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const chosen = view.units.find((u) => u.code === unit);
    const body = { unit_code: unit, officials: namesFromLines(officials), alternates: namesFromLines(alternates) };
    if (body.officials.length === 0) {
      setError({ field: 'officials', message: t('roll.noNames') });
      return;
    }
    const recorded = chosen ? chosen.officials + chosen.alternates : 0;
    if (recorded > 0 && !window.confirm(t('roll.replaceConfirm', { unit: chosen?.name ?? unit, n: recorded }))) return;
    setBusy(true);
    const done = await write(
      () => rollApi.recordDelegation(code, term, body),
      setError,
      () =>
        t('roll.recorded', {
          unit: chosen?.name ?? unit,
          officials: body.officials.length,
          alternates: body.alternates.length,
        }),
    );
    setBusy(false);
    if (done) {
      setUnit('');
      setOfficials('');
      setAlternates('');
    }
  };

  return (
    <section className="panel roll-form" aria-labelledby="roll-delegation-form">
      <h2 className="panel-title" id="roll-delegation-form">
        {t('roll.delegationForm')}
      </h2>
      <p className="hint">{t('roll.delegationHint')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Field id="roll-unit" name="unit_code" label={t('roll.unit')} error={errorAt(error, 'unit_code', lang)}>
          <select id="roll-unit" value={unit} onChange={(event) => setUnit(event.target.value)} aria-invalid={Boolean(errorAt(error, 'unit_code', lang))}>
            <option value="">{t('roll.chooseUnit')}</option>
            {view.units.map((u) => (
              <option key={u.code} value={u.code}>
                {u.officials + u.alternates > 0
                  ? t('roll.unitOptionRecorded', { name: u.name, allocated: u.allocated, recorded: u.officials + u.alternates })
                  : t('roll.unitOption', { name: u.name, allocated: u.allocated })}
              </option>
            ))}
          </select>
        </Field>
        <Field id="roll-officials" name="officials" label={t('roll.officials')} error={errorAt(error, 'officials', lang)}>
          <textarea id="roll-officials"
            rows={5}
            value={officials}
            placeholder={t('roll.onePerLine')}
            aria-invalid={Boolean(errorAt(error, 'officials', lang))}
            onChange={(event) => setOfficials(event.target.value)}
          />
        </Field>
        <Field id="roll-alternates" name="alternates" label={t('roll.alternates')} error={errorAt(error, 'alternates', lang)}>
          <textarea id="roll-alternates"
            rows={3}
            value={alternates}
            placeholder={t('roll.onePerLine')}
            aria-invalid={Boolean(errorAt(error, 'alternates', lang))}
            onChange={(event) => setAlternates(event.target.value)}
          />
        </Field>
        <FieldError text={errorElsewhere(error, ['unit_code', 'officials', 'alternates'])} />
        <button type="submit" className="button primary" disabled={busy || !unit}>
          {t('roll.record')}
        </button>
      </form>
    </section>
  );
}

function ExOfficioForm({ view, write }: { view: RollView; write: Write }) {
  const { t, lang } = useI18n();
  const { org_code: code, term } = view.congress;
  const [names, setNames] = useState('');
  const [error, setError] = useState<FormError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const people = namesFromLines(names);
    if (people.length === 0) {
      setError({ field: 'people', message: t('roll.noNames') });
      return;
    }
    setBusy(true);
    const done = await write(
      () => rollApi.addExOfficio(code, term, people),
      setError,
      () => t('roll.added', { n: people.length }),
    );
    setBusy(false);
    if (done) setNames('');
  };

  return (
    <details className="roll-add">
      <summary>{t('roll.addExOfficio')}</summary>
      <form
        className="roll-add-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Field id="roll-ex-officio-names" name="people" label={t('roll.exOfficioNames')} error={errorAt(error, 'people', lang)}>
          <textarea id="roll-ex-officio-names"
            rows={3}
            value={names}
            placeholder={t('roll.onePerLine')}
            aria-invalid={Boolean(errorAt(error, 'people', lang))}
            onChange={(event) => setNames(event.target.value)}
          />
        </Field>
        <FieldError text={errorElsewhere(error, ['people'])} />
        <button type="submit" className="button" disabled={busy}>
          {t('roll.add')}
        </button>
      </form>
    </details>
  );
}

function MembersSection({
  view,
  members,
  onOpen,
}: {
  view: RollView;
  members: RollPerson[];
  onOpen: (key: string) => void;
}) {
  const { t, lang } = useI18n();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const shown = useMemo(() => filterPeople(members, deferred), [members, deferred]);
  return (
    <section className="panel">
      <h2 className="panel-title">
        {t('roll.members')} <span className="muted">({formatNumber(members.length, lang)})</span>
      </h2>
      <div className="roll-members-filter">
        <Field id="roll-filter" name="filter" label={t('roll.filter')} className="roll-filter">
          <input id="roll-filter"
            type="search"
            className="search-input"
            value={query}
            placeholder={t('roll.filterPlaceholder')}
            onChange={(event) => setQuery(event.target.value)}
          />
        </Field>
        <span className="muted" data-testid="filter-count">
          {t('roll.filterCount', { shown: formatNumber(shown.length, lang), total: formatNumber(members.length, lang) })}
        </span>
      </div>
      <PeopleTable view={view} people={shown} onOpen={onOpen} testId="members" showMemberState />
    </section>
  );
}

interface SessionRow {
  title: string;
  date: string;
}

function SessionsEditor({ view, write }: { view: RollView; write: Write }) {
  const { t, lang } = useI18n();
  const { org_code: code, term } = view.congress;
  const fromView = (): SessionRow[] => view.sessions.map((s) => ({ title: s.title, date: s.date ?? '' }));
  const [rows, setRows] = useState<SessionRow[]>(fromView);
  const [error, setError] = useState<FormError | null>(null);
  const [busy, setBusy] = useState(false);
  const saved = JSON.stringify(view.sessions.map((s) => [s.title, s.date]));
  // The sessions as the server has them, whenever they change there.
  useEffect(() => setRows(fromView()), [saved]);

  const dirty = JSON.stringify(rows.map((row) => [row.title, row.date || null])) !== saved;
  const change = (index: number, patch: Partial<SessionRow>) =>
    setRows((current) => current.map((row, k) => (k === index ? { ...row, ...patch } : row)));

  const save = async () => {
    setBusy(true);
    await write(
      () =>
        rollApi.setSessions(
          code,
          term,
          rows.map((row, index) => ({ number: index + 1, title: row.title.trim(), date: row.date || null })),
        ),
      setError,
      () => t('roll.sessions.saved', { n: rows.length }),
    );
    setBusy(false);
  };

  return (
    <section className="panel roll-form" aria-labelledby="roll-sessions">
      <h2 className="panel-title" id="roll-sessions">
        {t('roll.sessions')}
      </h2>
      <p className="hint">{t('roll.sessionsHint')}</p>
      {rows.length === 0 ? (
        <p className="muted">{t('roll.sessions.none')}</p>
      ) : (
        <ol className="roll-session-list" data-testid="sessions">
          {rows.map((row, index) => {
            // Attendance is the saved sessions'; it shows until the rows are edited.
            const figures = dirty ? undefined : view.sessions.find((s) => s.number === index + 1);
            return (
              <li key={index} className="roll-session">
                <span className="roll-session-number">{index + 1}</span>
                <input
                  aria-label={`${t('roll.session.title')} ${index + 1}`}
                  placeholder={t('roll.session.title')}
                  value={row.title}
                  onChange={(event) => change(index, { title: event.target.value })}
                />
                <input
                  type="date"
                  aria-label={`${t('roll.session.date')} ${index + 1}`}
                  value={row.date}
                  onChange={(event) => change(index, { date: event.target.value })}
                />
                <button
                  type="button"
                  className="icon-button"
                  title={t('roll.sessions.remove')}
                  aria-label={`${t('roll.sessions.remove')} ${index + 1}`}
                  onClick={() => setRows((current) => current.filter((_, k) => k !== index))}
                >
                  ×
                </button>
                {figures && (
                  <span className="roll-session-figures muted">
                    {t('roll.session.figures', { present: figures.present ?? 0, absent: figures.absent ?? 0 })}
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <FieldError text={errorAt(error, 'sessions', lang) ?? errorElsewhere(error, ['sessions'])} />
      <div className="roll-actions">
        <button type="button" className="button" onClick={() => setRows((current) => [...current, { title: '', date: '' }])}>
          {t('roll.sessions.add')}
        </button>
        <button type="button" className="button primary" disabled={busy} onClick={() => void save()}>
          {t('roll.sessions.save')}
        </button>
      </div>
    </section>
  );
}

function IssuesList({ view, write, onOpen }: { view: RollView; write: Write; onOpen: (key: string) => void }) {
  const { t, lang } = useI18n();
  const names = useMemo(() => namesByKey(view), [view]);
  const [error, setError] = useState<FormError | null>(null);
  const { org_code: code, term } = view.congress;
  return (
    <section className="panel roll-form">
      <h2 className="panel-title">{t('roll.issuesAll', { n: view.issues.length })}</h2>
      {view.issues.length === 0 ? (
        <p className="muted">{t('roll.issue.none')}</p>
      ) : (
        <ul className="roll-list" data-testid="issues">
          {view.issues.map((issue) => (
            <li key={issue.id}>
              <button type="button" className="person-link" onClick={() => onOpen(issue.person)}>
                {names.get(issue.person) ?? issue.person}
              </button>
              <span>
                {issueKindLabel(issue.kind, lang)} · {formatDate(issue.effective, lang)}
                {issue.note && <span className="muted"> · {issue.note}</span>}
              </span>
              <button
                type="button"
                className="link-button"
                onClick={() => void write(() => rollApi.removeIssue(code, term, issue.id), setError)}
              >
                {t('roll.issue.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <FieldError text={error?.message ?? null} />
    </section>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="roll-panel-section">
      <h3>{title}</h3>
      {children}
    </div>
  );
}

function PersonPanel({
  view,
  person,
  write,
  onClose,
}: {
  view: RollView;
  person: RollPerson;
  write: Write;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const { org_code: code, term, kind } = view.congress;
  const names = useMemo(() => namesByKey(view), [view]);
  const state = personState(person, view, names, lang);
  const unit = view.units.find((u) => u.code === person.unit_code);
  const absences = view.absences.filter((a) => a.person === person.key);
  const issues = view.issues.filter((i) => i.person === person.key);

  const [session, setSession] = useState('0');
  const [reason, setReason] = useState('');
  const [accepted, setAccepted] = useState(false);
  const [absenceError, setAbsenceError] = useState<FormError | null>(null);
  const [issueKind, setIssueKind] = useState<IssueKind>('suspended');
  const [effective, setEffective] = useState(view.opening);
  const [note, setNote] = useState('');
  const [issueError, setIssueError] = useState<FormError | null>(null);
  const [removeError, setRemoveError] = useState<FormError | null>(null);

  useEffect(() => {
    const close = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', close);
    return () => window.removeEventListener('keydown', close);
  }, [onClose]);

  const sessionName = (number: number) => {
    if (number === 0) return t('roll.absence.whole');
    const found = view.sessions.find((s) => s.number === number);
    return found ? sessionLabel(found, lang) : t('roll.absence.sessionOption', { n: number });
  };

  const recordAbsence = async () => {
    const done = await write(
      () =>
        rollApi.recordAbsence(code, term, {
          person: person.key,
          session: Number(session),
          reason: reason.trim(),
          accepted: kind === 'members' && accepted,
        }),
      setAbsenceError,
    );
    if (done) {
      setReason('');
      setAccepted(false);
    }
  };

  const recordIssue = async () => {
    const done = await write(
      () => rollApi.recordIssue(code, term, { person: person.key, kind: issueKind, effective, note: note.trim() }),
      setIssueError,
    );
    if (done) setNote('');
  };

  const remove = async () => {
    if (person.entry_id === null) return;
    if (!window.confirm(t('roll.removeConfirm', { name: person.full_name }))) return;
    const done = await write(
      () => rollApi.removeEntry(code, term, person.entry_id!),
      setRemoveError,
      () => t('roll.removed', { name: person.full_name }),
    );
    if (done) onClose();
  };

  return (
    <aside className="roll-person" role="dialog" aria-labelledby="roll-person-name" data-testid="person-panel">
      <div className="roll-person-head">
        <div>
          <h2 id="roll-person-name">{person.full_name}</h2>
          <p className="muted">
            {[
              roleLabel(person.role, lang),
              person.rank > 0 ? t('roll.rank', { n: person.rank }) : '',
              unit?.name ?? person.unit_code,
              person.state ? memberStateLabel(person.state, lang) : '',
              person.member_id,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <p className={`roll-person-state tone-${state.tone}`} data-testid="person-state">
            {state.text}
          </p>
        </div>
        <button type="button" className="icon-button" aria-label={t('roll.person.close')} onClick={onClose}>
          ×
        </button>
      </div>

      <Section title={t('roll.person.absences')}>
        {absences.length === 0 ? (
          <p className="muted">{t('roll.absence.none')}</p>
        ) : (
          <ul className="roll-list">
            {absences.map((absence) => (
              <li key={absence.session}>
                <span>
                  <strong>{sessionName(absence.session)}</strong>
                  {' · '}
                  {absence.reason || <span className="muted">{t('roll.absence.noReason')}</span>}
                  {kind === 'members' && absence.accepted && (
                    <span className="muted"> · {t('roll.absence.acceptedMark')}</span>
                  )}
                </span>
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    void write(() => rollApi.clearAbsence(code, term, person.key, absence.session), setAbsenceError)
                  }
                >
                  {t('roll.absence.clear')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          className="roll-panel-form"
          onSubmit={(event) => {
            event.preventDefault();
            void recordAbsence();
          }}
        >
          <Field id="roll-absence-session" name="session" label={t('roll.absence.session')} error={errorAt(absenceError, 'session', lang)}>
            <select id="roll-absence-session" value={session} onChange={(event) => setSession(event.target.value)}>
              <option value="0">{t('roll.absence.whole')}</option>
              {view.sessions.map((s) => (
                <option key={s.number} value={String(s.number)}>
                  {sessionLabel(s, lang)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="roll-absence-reason" name="reason" label={t('roll.absence.reason')} error={errorAt(absenceError, 'reason', lang)}>
            <input id="roll-absence-reason" value={reason} onChange={(event) => setReason(event.target.value)} />
          </Field>
          {kind === 'members' && (
            <label className="checkbox">
              <input type="checkbox" checked={accepted} onChange={(event) => setAccepted(event.target.checked)} />
              {t('roll.absence.accepted')}
            </label>
          )}
          <FieldError text={errorElsewhere(absenceError, ['session', 'reason'])} />
          <button type="submit" className="button primary">
            {t('roll.absence.record')}
          </button>
        </form>
      </Section>

      <Section title={t('roll.issues')}>
        {issues.length === 0 ? (
          <p className="muted">{t('roll.issue.none')}</p>
        ) : (
          <ul className="roll-list">
            {issues.map((issue) => (
              <li key={issue.id}>
                <span>
                  <strong>{issueKindLabel(issue.kind, lang)}</strong> · {formatDate(issue.effective, lang)}
                  {issue.note && <span className="muted"> · {issue.note}</span>}
                </span>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => void write(() => rollApi.removeIssue(code, term, issue.id), setIssueError)}
                >
                  {t('roll.issue.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          className="roll-panel-form"
          onSubmit={(event) => {
            event.preventDefault();
            void recordIssue();
          }}
        >
          <Field id="roll-issue-kind" name="kind" label={t('roll.issue.kind')} error={errorAt(issueError, 'kind', lang)}>
            <select id="roll-issue-kind" value={issueKind} onChange={(event) => setIssueKind(event.target.value as IssueKind)}>
              {ISSUE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {issueKindLabel(k, lang)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="roll-issue-effective" name="effective" label={t('roll.issue.effective')} error={errorAt(issueError, 'effective', lang)}>
            <input id="roll-issue-effective" type="date" value={effective} onChange={(event) => setEffective(event.target.value)} />
          </Field>
          <Field id="roll-issue-note" name="note" label={t('roll.issue.note')} error={errorAt(issueError, 'note', lang)}>
            <input id="roll-issue-note" value={note} onChange={(event) => setNote(event.target.value)} />
          </Field>
          <FieldError text={errorElsewhere(issueError, ['kind', 'effective', 'note'])} />
          <button type="submit" className="button primary">
            {t('roll.issue.record')}
          </button>
        </form>
      </Section>

      {person.entry_id !== null && (
        <div className="roll-panel-section">
          <button type="button" className="button danger" onClick={() => void remove()}>
            {t('roll.remove')}
          </button>
          <FieldError text={removeError?.message ?? null} />
        </div>
      )}
    </aside>
  );
}
