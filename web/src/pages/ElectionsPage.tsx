// "Bầu cử": the elections of a congress. The presidium creates an election (kind, seats, the
// counting committee), types or pastes the candidate list with the surplus shown as it grows
// (R-SURPLUS), locks it (the server sorts it in ballot order, R-ORDER, and refuses a list that
// breaks R-SURPLUS), prints the ballots, and opens each round's count. The nominations section
// ("Đề cử, ứng cử", NominationsSection.tsx) builds the list from the registry instead of a
// paste. The page shows what the API answers; nothing the server decides is computed here.
import { useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../api';
import { Field, FieldError } from '../components/Field';
import { OrgPicker } from '../components/OrgPicker';
import {
  ELECTION_KINDS,
  ballotsUrl,
  candidateLines,
  committeeFromLines,
  electionApi,
  formatDateTime,
  formatPercent,
  kindLabel,
  parseCandidateLines,
  placesOf,
  roundKindLabel,
  shortDigest,
  surplusOf,
  withIds,
} from '../elections';
import type { Election, ElectionKind, Paper, RuleError } from '../elections';
import { formatDate, formatNumber } from '../format';
import type { LevelInfo } from '../format';
import { useI18n } from '../i18n-context';
import type { ListedCongress } from '../progress';
import { defaultTerm, errorAt, errorElsewhere, ownCongresses } from '../roll';
import type { FormError } from '../roll';
import { navigate } from '../router';
import { NominationsSection } from './NominationsSection';
import type { OrgNode } from '../tree';
import './ElectionsPage.css';

interface Props {
  org: string | null;
  term: string | null;
  election: number | null;
}

function formError(reason: unknown): FormError & { rule: string } {
  const failure = reason as RuleError;
  return { field: failure.field ?? '', message: failure.message, rule: failure.rule ?? '' };
}

export function ElectionsPage({ org, term, election }: Props) {
  const { t } = useI18n();
  const [levels, setLevels] = useState<LevelInfo[]>([]);
  const [roots, setRoots] = useState<OrgNode[]>([]);
  const [orgName, setOrgName] = useState('');
  const [congresses, setCongresses] = useState<{ org: string; items: ListedCongress[] } | null>(null);
  const [list, setList] = useState<{ key: string; items: Election[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

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
      .then(([detail, found]) => {
        setOrgName(detail.organization.name);
        const own = ownCongresses(found.items, org);
        setCongresses({ org, items: own });
        const chosen = defaultTerm(own);
        if (!term && chosen) navigate({ page: 'elections', org, term: chosen, election: null }, true);
      })
      .catch((reason: Error) => {
        if (reason.name !== 'AbortError') setError(reason.message);
      });
    return () => controller.abort();
    // `term` is read only to fill it in when missing.
  }, [org]);

  const key = org && term ? `${org}/${term}` : '';
  const load = () => {
    if (!org || !term) return Promise.resolve();
    const asked = `${org}/${term}`;
    return electionApi
      .list(org, term)
      .then((found) => setList({ key: asked, items: found.items }))
      .catch((reason: Error) => setError(reason.message));
  };
  useEffect(() => {
    setList(null);
    void load();
  }, [key]);

  const own = congresses && congresses.org === org ? congresses.items : null;
  const items = list && list.key === key ? list.items : null;
  const selected = items && election !== null ? (items.find((e) => e.id === election) ?? null) : null;

  // A write answers the election: it replaces the one in the list.
  const replace = (next: Election) =>
    setList((current) =>
      current && current.key === `${next.org_code}/${next.term}`
        ? {
            key: current.key,
            items: current.items.some((e) => e.id === next.id)
              ? current.items.map((e) => (e.id === next.id ? next : e))
              : [...current.items, next],
          }
        : current,
    );

  return (
    <div className="elections-page">
      <section className="panel">
        <h1 className="page-title">{t('elections.heading')}</h1>
        <p className="hint">{t('elections.intro')}</p>
        <div className="controls-row">
          <OrgPicker
            roots={roots}
            current={org}
            currentName={orgName}
            levels={levels}
            onChoose={(code) => navigate({ page: 'elections', org: code, term: null, election: null })}
          />
          <Field id="elections-term" name="term" label={t('roll.term')}>
            <select
              id="elections-term"
              value={term ?? ''}
              disabled={!own || own.length === 0}
              onChange={(event) =>
                org && navigate({ page: 'elections', org, term: event.target.value || null, election: null })
              }
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
        {!org && <p className="muted">{t('elections.pickOrg')}</p>}
        {own && own.length === 0 && <p className="muted">{t('roll.noCongress')}</p>}
      </section>

      {error && (
        <div className="alert alert-error" role="alert">
          {t('common.error')}: {error}
        </div>
      )}

      {org && term && items && (
        <div className="elections-grid">
          <aside className="elections-side">
            <ElectionList items={items} org={org} term={term} selected={election} />
            <CreateForm
              org={org}
              term={term}
              onCreated={(created) => {
                replace(created);
                navigate({ page: 'elections', org, term, election: created.id });
              }}
            />
          </aside>
          <div className="elections-main">
            {selected ? (
              <ElectionDetail key={selected.id} election={selected} onChange={replace} />
            ) : (
              <section className="panel placeholder muted">
                {election !== null ? t('elections.notFound', { id: election }) : t('elections.pickElection')}
              </section>
            )}
          </div>
        </div>
      )}
      {org && term && !items && !error && <p className="muted">{t('common.loading')}</p>}
    </div>
  );
}

function electionState(election: Election, t: ReturnType<typeof useI18n>['t']): string {
  if (!election.locked) return t('elections.state.draft', { n: election.candidates.length });
  const open = election.rounds.find((round) => !round.closed);
  if (open) return t('elections.state.counting', { n: open.number });
  return t('elections.state.closed', { n: election.rounds.length });
}

function ElectionList({
  items,
  org,
  term,
  selected,
}: {
  items: Election[];
  org: string;
  term: string;
  selected: number | null;
}) {
  const { t, lang } = useI18n();
  return (
    <section className="panel">
      <h2 className="panel-title">
        {t('elections.list')} <span className="muted">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p className="muted">{t('elections.none')}</p>
      ) : (
        <ul className="election-list" data-testid="election-list">
          {items.map((item) => (
            <li key={item.id}>
              <a
                href={`/elections/${encodeURIComponent(org)}/${term}/${item.id}`}
                className={item.id === selected ? 'election-link active' : 'election-link'}
                aria-current={item.id === selected ? 'page' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  navigate({ page: 'elections', org, term, election: item.id });
                }}
              >
                <span className="election-link-title">{item.title}</span>
                <span className="election-link-meta">
                  {kindLabel(item.kind, lang)} · {t('elections.seatsShort', { n: item.seats })} ·{' '}
                  {electionState(item, t)}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CreateForm({ org, term, onCreated }: { org: string; term: string; onCreated: (e: Election) => void }) {
  const { t, lang } = useI18n();
  const [kind, setKind] = useState<ElectionKind>('committee');
  const [seats, setSeats] = useState('');
  const [alternates, setAlternates] = useState('0');
  const [title, setTitle] = useState('');
  const [clerks, setClerks] = useState(2);
  const [committee, setCommittee] = useState('');
  const [error, setError] = useState<FormError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setError(null);
    const seatCount = Number(seats);
    if (!seats.trim() || !Number.isInteger(seatCount)) {
      setError({ field: 'seats', message: t('elections.create.seatsNeeded') });
      return;
    }
    setBusy(true);
    try {
      const created = await electionApi.create(org, term, {
        kind,
        seats: seatCount,
        alternates: kind === 'delegates' ? Number(alternates) || 0 : 0,
        title: title.replace(/\s+/g, ' ').trim(),
        required_clerks: clerks,
        counting_committee: committeeFromLines(committee),
      });
      setSeats('');
      setTitle('');
      setCommittee('');
      onCreated(created);
    } catch (reason) {
      setError(formError(reason));
    }
    setBusy(false);
  };

  return (
    <section className="panel elections-form" aria-labelledby="elections-create">
      <h2 className="panel-title" id="elections-create">
        {t('elections.create')}
      </h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Field id="election-kind" name="kind" label={t('elections.kind')} error={errorAt(error, 'kind', lang)}>
          <select id="election-kind" value={kind} onChange={(event) => setKind(event.target.value as ElectionKind)}>
            {ELECTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(k, lang)}
              </option>
            ))}
          </select>
        </Field>
        <div className="elections-form-row">
          <Field id="election-seats" name="seats" label={t('elections.seats')} error={errorAt(error, 'seats', lang)}>
            <input
              id="election-seats"
              type="number"
              min={1}
              inputMode="numeric"
              value={seats}
              aria-invalid={Boolean(errorAt(error, 'seats', lang))}
              onChange={(event) => setSeats(event.target.value)}
            />
          </Field>
          {kind === 'delegates' && (
            <Field
              id="election-alternates"
              name="alternates"
              label={t('elections.alternates')}
              error={errorAt(error, 'alternates', lang)}
            >
              <input
                id="election-alternates"
                type="number"
                min={0}
                inputMode="numeric"
                value={alternates}
                onChange={(event) => setAlternates(event.target.value)}
              />
            </Field>
          )}
        </div>
        <Field
          id="election-title"
          name="title"
          label={t('elections.title')}
          error={errorAt(error, 'title', lang)}
          hint={t('elections.titleHint')}
        >
          <input
            id="election-title"
            value={title}
            aria-invalid={Boolean(errorAt(error, 'title', lang))}
            onChange={(event) => setTitle(event.target.value)}
          />
        </Field>
        <fieldset className="elections-clerks" data-field="required_clerks">
          <legend className="field-label">{t('elections.clerks')}</legend>
          {[2, 3].map((n) => (
            <label key={n} className="checkbox">
              <input type="radio" name="required_clerks" checked={clerks === n} onChange={() => setClerks(n)} />
              {t('elections.clerksOption', { n })}
            </label>
          ))}
          <FieldError text={errorAt(error, 'required_clerks', lang)} />
        </fieldset>
        <Field
          id="election-committee"
          name="counting_committee"
          label={t('elections.committee')}
          error={errorAt(error, 'counting_committee', lang)}
          hint={t('elections.committeeHint')}
        >
          <textarea
            id="election-committee"
            rows={3}
            value={committee}
            onChange={(event) => setCommittee(event.target.value)}
          />
        </Field>
        <FieldError
          text={errorElsewhere(error, ['kind', 'seats', 'alternates', 'title', 'required_clerks', 'counting_committee'])}
        />
        <button type="submit" className="button primary" disabled={busy}>
          {t('elections.createButton')}
        </button>
      </form>
    </section>
  );
}

function ElectionDetail({ election, onChange }: { election: Election; onChange: (e: Election) => void }) {
  const { t, lang } = useI18n();
  const firstClosed = election.rounds.some((round) => round.closed);
  const [finalized, setFinalized] = useState(0);
  return (
    <>
      <section className="panel election-head">
        <div className="election-title-row">
          <div>
            <h2 className="election-title" data-testid="election-title">
              {election.title}
            </h2>
            <p className="muted election-meta">
              {[
                kindLabel(election.kind, lang),
                t('elections.seatsLong', { n: election.seats }),
                election.alternates > 0 ? t('elections.alternatesLong', { n: election.alternates }) : '',
                t('elections.clerksLong', { n: election.required_clerks }),
                t('elections.profile', { profile: election.profile }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
          </div>
          <span className={election.locked ? 'badge badge-ok' : 'badge'}>
            {election.locked ? t('elections.locked') : t('elections.draft')}
          </span>
        </div>
        <Committee election={election} editable={!firstClosed} onChange={onChange} />
      </section>
      {election.locked ? (
        <>
          <Rounds election={election} />
          <LockedList election={election} />
        </>
      ) : (
        // A finalized list of nominations replaces what the editor shows: a new editor.
        <CandidatesEditor key={`editor-${finalized}`} election={election} onChange={onChange} />
      )}
      <NominationsSection
        election={election}
        onFinalized={() => {
          electionApi.get(election.id).then((next) => {
            setFinalized((count) => count + 1);
            onChange(next);
          }, () => undefined);
        }}
      />
    </>
  );
}

function Committee({
  election,
  editable,
  onChange,
}: {
  election: Election;
  editable: boolean;
  onChange: (e: Election) => void;
}) {
  const { t, lang } = useI18n();
  const [text, setText] = useState(election.counting_committee.join('\n'));
  const [error, setError] = useState<FormError | null>(null);
  const [open, setOpen] = useState(false);
  const members = election.counting_committee;

  const save = async () => {
    setError(null);
    try {
      const next = await electionApi.setCommittee(election.id, committeeFromLines(text));
      onChange(next);
      setOpen(false);
    } catch (reason) {
      setError(formError(reason));
    }
  };

  return (
    <div className="election-committee">
      <span className="field-label">{t('elections.committeeShort')}</span>
      {members.length === 0 ? (
        <p className="muted">{t('elections.committeeNone')}</p>
      ) : (
        <ol className="committee-list" data-testid="committee">
          {members.map((member, index) => (
            <li key={index}>{member}</li>
          ))}
        </ol>
      )}
      {editable && !open && (
        <button type="button" className="link-button" onClick={() => setOpen(true)}>
          {t('elections.committeeEdit')}
        </button>
      )}
      {editable && open && (
        <form
          className="committee-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <Field
            id="committee-text"
            name="members"
            label={t('elections.committee')}
            error={errorAt(error, 'members', lang) ?? errorElsewhere(error, ['members'])}
            hint={t('elections.committeeHint')}
          >
            <textarea id="committee-text" rows={3} value={text} onChange={(event) => setText(event.target.value)} />
          </Field>
          <div className="row-actions">
            <button type="submit" className="button primary">
              {t('elections.committeeSave')}
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              {t('elections.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

function CandidatesEditor({ election, onChange }: { election: Election; onChange: (e: Election) => void }) {
  const { t, lang } = useI18n();
  const savedText = candidateLines(election.candidates);
  const [text, setText] = useState(savedText);
  const [error, setError] = useState<(FormError & { rule: string }) | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const parsed = useMemo(() => parseCandidateLines(text), [text]);
  const places = placesOf(election.kind, election.seats, election.alternates);
  const surplus = surplusOf(parsed.candidates.length, places);
  const dirty = text.trim() !== savedText.trim();
  const lockRef = useRef<HTMLButtonElement>(null);

  const save = async (): Promise<Election | null> => {
    if (parsed.problems.length > 0) {
      setError({ field: 'candidates', message: t('elections.paste.fixLines'), rule: '' });
      return null;
    }
    const next = await electionApi.setCandidates(election.id, withIds(parsed.candidates, election.candidates));
    onChange(next);
    return next;
  };

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await action();
    } catch (reason) {
      setError(formError(reason));
    }
    setBusy(false);
  };

  const lineOf = (field: string): number | null => {
    const match = /^candidates\[(\d+)\]/.exec(field);
    if (!match) return null;
    return parsed.candidates[Number(match[1])]?.line ?? null;
  };
  const errorText = error
    ? error.rule
      ? t('elections.lockRefused', { rule: error.rule, message: error.message })
      : lineOf(error.field) !== null
        ? t('roll.lineError', { line: lineOf(error.field)!, message: error.message })
        : error.message
    : null;

  return (
    <section className="panel candidates-editor" aria-labelledby="candidates-heading">
      <h2 className="panel-title" id="candidates-heading">
        {t('elections.candidates')}
      </h2>
      <p className="hint">{t('elections.candidatesHint')}</p>
      <div className="candidates-grid">
        <Field id="candidates-text" name="candidates" label={t('elections.candidatesPaste')}>
          <textarea
            id="candidates-text"
            rows={14}
            value={text}
            spellCheck={false}
            placeholder={'Nguyễn Văn An, 1975-03-02\nTrần Thị Bình, 12/08/1980\nLê Văn Cường'}
            onChange={(event) => {
              setText(event.target.value);
              setConfirming(false);
            }}
          />
        </Field>
        <div className="candidates-preview">
          <div className="surplus" data-testid="surplus" aria-live="polite">
            <strong>{t('elections.surplusCount', { candidates: parsed.candidates.length, seats: places })}</strong>
            <span>
              {t('elections.surplusFigure', {
                surplus: surplus.surplus,
                ratio: formatPercent(surplus.ratio, lang),
              })}
            </span>
          </div>
          {parsed.problems.length > 0 && (
            <ul className="paste-problems" role="alert">
              {parsed.problems.map((problem) => (
                <li key={problem.line}>
                  {t('roll.lineError', { line: problem.line, message: t(problem.key) })}{' '}
                  <span className="muted">“{problem.text}”</span>
                </li>
              ))}
            </ul>
          )}
          {parsed.candidates.length > 0 && (
            <div className="table-scroll preview-scroll">
              <table className="table compact" data-testid="candidates-preview">
                <thead>
                  <tr>
                    <th className="num">{t('roll.col.no')}</th>
                    <th>{t('roll.col.name')}</th>
                    <th>{t('members.birth')}</th>
                  </tr>
                </thead>
                <tbody>
                  {parsed.candidates.map((candidate, index) => (
                    <tr key={candidate.line}>
                      <td className="num muted">{index + 1}</td>
                      <td>{candidate.full_name}</td>
                      <td className="nowrap">{formatDate(candidate.birth_date, lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="muted small">{t('elections.orderNote')}</p>
        </div>
      </div>
      {notice && (
        <div className="alert alert-success" role="status">
          {notice}
        </div>
      )}
      {errorText && (
        <div className="alert alert-error" role="alert" data-testid="candidates-error">
          {errorText}
        </div>
      )}
      {confirming ? (
        <div className="lock-confirm" role="group" aria-label={t('elections.lock')}>
          <p>{t('elections.lockConfirm', { n: parsed.candidates.length })}</p>
          <div className="row-actions">
            <button
              type="button"
              className="button primary"
              ref={lockRef}
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  if (dirty && !(await save())) return;
                  const next = await electionApi.lock(election.id);
                  setConfirming(false);
                  onChange(next);
                })
              }
            >
              {t('elections.lockYes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('elections.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="row-actions">
          <button
            type="button"
            className="button"
            disabled={busy || !dirty}
            onClick={() =>
              void run(async () => {
                const next = await save();
                if (next) setNotice(t('elections.saved', { n: next.candidates.length }));
              })
            }
          >
            {t('elections.save')}
          </button>
          <button
            type="button"
            className="button primary"
            disabled={busy || parsed.candidates.length === 0}
            onClick={() => {
              setConfirming(true);
              setError(null);
              window.setTimeout(() => lockRef.current?.focus(), 0);
            }}
          >
            {t('elections.lock')}
          </button>
        </div>
      )}
    </section>
  );
}

function LockedList({ election }: { election: Election }) {
  const { t, lang } = useI18n();
  const [paper, setPaper] = useState<Paper>('auto');
  const [copies, setCopies] = useState('1');
  const copyCount = Math.max(1, Math.min(10000, Math.floor(Number(copies)) || 1));
  return (
    <section className="panel" aria-labelledby="locked-heading">
      <div className="election-title-row">
        <div>
          <h2 className="panel-title" id="locked-heading">
            {t('elections.lockedList', { n: election.candidates.length })}
          </h2>
          <p className="muted">
            {t('elections.lockedAt', { at: formatDateTime(election.locked_at, lang) })} ·{' '}
            {t('elections.digest')}{' '}
            <span className="mono" data-testid="digest" title={election.list_digest ?? ''}>
              {shortDigest(election.list_digest)}
            </span>
          </p>
        </div>
        <div className="print-box">
          <Field id="ballot-paper" name="paper" label={t('elections.paper')}>
            <select id="ballot-paper" value={paper} onChange={(event) => setPaper(event.target.value as Paper)}>
              <option value="auto">{t('elections.paper.auto')}</option>
              <option value="a5">A5</option>
              <option value="a4">A4</option>
            </select>
          </Field>
          <Field id="ballot-copies" name="copies" label={t('elections.copies')}>
            <input
              id="ballot-copies"
              type="number"
              min={1}
              max={10000}
              value={copies}
              onChange={(event) => setCopies(event.target.value)}
            />
          </Field>
          <a className="button primary" href={ballotsUrl(election.id, copyCount, paper)}>
            {t('elections.printBallots')}
          </a>
        </div>
      </div>
      <div className="table-scroll">
        <table className="table ballot-list" data-testid="ballot-list">
          <thead>
            <tr>
              <th className="num">{t('elections.col.position')}</th>
              <th>{t('roll.col.name')}</th>
              <th>{t('members.birth')}</th>
            </tr>
          </thead>
          <tbody>
            {election.candidates.map((candidate) => (
              <tr key={candidate.id}>
                <td className="num">{candidate.position}</td>
                <td className="strong">{candidate.full_name}</td>
                <td className="nowrap muted">{formatDate(candidate.birth_date, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Rounds({ election }: { election: Election }) {
  const { t, lang } = useI18n();
  return (
    <section className="panel" aria-labelledby="rounds-heading">
      <h2 className="panel-title" id="rounds-heading">
        {t('elections.rounds')}
      </h2>
      <ul className="round-list" data-testid="rounds">
        {election.rounds.map((round) => (
          <li key={round.id} className={round.closed ? 'round-item closed' : 'round-item'}>
            <div className="round-name">
              <strong>{t('elections.roundName', { n: round.number })}</strong>
              <span className="muted">
                {roundKindLabel(round.kind, lang)} ·{' '}
                {t('elections.roundFigures', {
                  seats: round.seats + round.alternates,
                  candidates: round.candidates.length,
                })}
              </span>
            </div>
            <span className={round.closed ? 'badge' : 'badge badge-live'}>
              {round.closed
                ? t('elections.roundClosed', { at: formatDateTime(round.closed_at, lang) })
                : t('elections.roundOpen')}
            </span>
            <div className="row-actions">
              <a
                className={round.closed ? 'button' : 'button primary'}
                href={`/count/${round.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  navigate({ page: 'count', round: round.id });
                }}
              >
                {round.closed
                  ? t('elections.roundResult', { n: round.number })
                  : t('elections.roundCount', { n: round.number })}
              </a>
              <a className="button" href={`/projector/${round.id}`} target="_blank" rel="noreferrer">
                {t('elections.projector')}
              </a>
            </div>
          </li>
        ))}
      </ul>
      <p className="muted small">{t('elections.roundsHint', { n: formatNumber(election.required_clerks, lang) })}</p>
    </section>
  );
}
