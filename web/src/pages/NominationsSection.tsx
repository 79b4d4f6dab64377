// "Đề cử, ứng cử", a section of the elections page: the nominations of one election with their
// source, eligibility (R-VOTERS, R-INCUMBENT), floor-gate poll (R-FLOOR-GATE) and withdrawal
// (R-WITHDRAW); a member found in the registry is added; polls and votes are recorded; the
// structure of the list stands against its targets (R-STRUCTURE: warnings in amber, never
// errors); "Lập danh sách bầu cử từ đề cử" (finalize) writes the final list as the election's
// candidates, or shows why not.
import { useEffect, useState } from 'react';
import { api } from '../api';
import type { Member } from '../api';
import { formatPercent } from '../elections';
import type { Election } from '../elections';
import { formatDate } from '../format';
import { useI18n } from '../i18n-context';
import { countOf, nominationApi, personWarnings, sourceKey, statusKey, statusTone, structureRows } from '../nominations';
import type { Nomination, NominationSource, NominationsView, StructureTargets } from '../nominations';
import './NominationsSection.css';

type Action = { id: number; kind: 'poll' | 'request' | 'vote' } | null;

export function NominationsSection({ election, onFinalized }: { election: Election; onFinalized: () => void }) {
  const { t, lang } = useI18n();
  const [view, setView] = useState<NominationsView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [action, setAction] = useState<Action>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    nominationApi
      .get(election.id)
      .then((next) => live && setView(next))
      .catch((reason: Error) => live && setError(reason.message));
    return () => {
      live = false;
    };
  }, [election.id, election.locked]);

  const run = async (work: () => Promise<NominationsView>, after?: () => void) => {
    setBusy(true);
    setError(null);
    try {
      setView(await work());
      setAction(null);
      after?.();
    } catch (reason) {
      const failure = reason as Error & { field?: string };
      setError(failure.field ? `${failure.message} (${failure.field})` : failure.message);
    }
    setBusy(false);
  };

  if (!view) {
    return (
      <section className="panel" aria-labelledby="nominations-heading">
        <h2 className="panel-title" id="nominations-heading">
          {t('nominations.title')}
        </h2>
        {error ? <div className="alert alert-error">{error}</div> : <p className="muted">…</p>}
      </section>
    );
  }
  const warnings = personWarnings(view.structure);
  const editable = !view.locked;

  return (
    <section className="panel nominations" aria-labelledby="nominations-heading" data-testid="nominations">
      <h2 className="panel-title" id="nominations-heading">
        {t('nominations.title')}
      </h2>
      <p className="hint">{t('nominations.hint')}</p>
      <p className="muted nominations-figures">
        <span>{t('nominations.count', { n: view.nominations.length })}</span>
        {view.convened !== null && <span>{t('nominations.convened', { n: view.convened })}</span>}
        <span data-testid="nominations-surplus">
          {t('nominations.surplus', {
            candidates: view.surplus.candidates,
            seats: view.surplus.seats,
            surplus: view.surplus.surplus,
            ratio: formatPercent(view.surplus.ratio, lang),
          })}
        </span>
      </p>
      {view.nominations.length === 0 ? (
        <p className="muted">{t('nominations.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table compact nominations-table" data-testid="nominations-table">
            <thead>
              <tr>
                <th>#</th>
                <th>{t('nominations.col.name')}</th>
                <th>{t('nominations.col.source')}</th>
                <th>{t('nominations.col.eligibility')}</th>
                <th>{t('nominations.col.poll')}</th>
                <th>{t('nominations.col.withdrawal')}</th>
                <th>{t('nominations.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {view.nominations.map((nomination, index) => (
                <NominationRow
                  key={nomination.id}
                  index={index}
                  nomination={nomination}
                  view={view}
                  warnings={warnings.get(nomination.id) ?? []}
                  editable={editable}
                  action={action?.id === nomination.id ? action : null}
                  busy={busy}
                  onAction={setAction}
                  run={run}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {error && (
        <div className="alert alert-error" role="alert" data-testid="nominations-error">
          {error}
        </div>
      )}
      {editable && <AddNominee election={election.id} busy={busy} run={run} />}
      {/* A list pasted in the editor above has no nominations: nothing to weigh or finalize. */}
      {view.nominations.length > 0 && <StructurePanel view={view} editable={editable} busy={busy} run={run} />}
      {view.nominations.length > 0 && (
      <div className="nominations-finalize" data-testid="finalize">
        {view.locked ? (
          <p className="muted">{t('nominations.locked')}</p>
        ) : (
          <>
            {view.blockers.length > 0 && (
              <div className="alert alert-warn" data-testid="finalize-blockers">
                <p>{t('nominations.refused')}</p>
                <ul>
                  {view.blockers.map((blocker, index) => (
                    <li key={index}>
                      <strong>{blocker.rule}</strong> {blocker.message}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {view.finalized && view.blockers.length === 0 && (
              <p className="ok-text" data-testid="finalized">
                {t('nominations.finalized')}
              </p>
            )}
            <button
              type="button"
              className="button primary"
              disabled={busy || !view.can_finalize}
              onClick={() => run(() => nominationApi.finalize(election.id), onFinalized)}
            >
              {t('nominations.finalize')}
            </button>
          </>
        )}
      </div>
      )}
    </section>
  );
}

function NominationRow({
  index,
  nomination,
  view,
  warnings,
  editable,
  action,
  busy,
  onAction,
  run,
}: {
  index: number;
  nomination: Nomination;
  view: NominationsView;
  warnings: string[];
  editable: boolean;
  action: Action;
  busy: boolean;
  onAction: (action: Action) => void;
  run: (work: () => Promise<NominationsView>) => Promise<void>;
}) {
  const { t, lang } = useI18n();
  const needsGate = nomination.source !== 'committee';
  const gate = nomination.gate;
  const withdrawal = nomination.withdrawal;
  return (
    <>
      <tr data-testid={`nomination-${nomination.member_id}`}>
        <td className="num">{index + 1}</td>
        <td>
          <div className="nominee-name">{nomination.full_name}</div>
          <div className="muted small">
            {[
              nomination.member_id,
              nomination.birth_date ? formatDate(nomination.birth_date, lang) : '',
              nomination.age !== null ? `${nomination.age}` : '',
              nomination.convening_committee_member ? t('nominations.incumbent') : '',
            ]
              .filter(Boolean)
              .join(' · ')}
          </div>
          {warnings.map((warning, at) => (
            <div key={at} className="warn-text small">
              {warning}
            </div>
          ))}
        </td>
        <td>
          {t(sourceKey(nomination.source))}
          {nomination.nominated_by && (
            <div className="muted small">{t('nominations.by', { who: nomination.nominated_by })}</div>
          )}
        </td>
        <td>
          {nomination.findings.length === 0 ? (
            <span className="ok-text">{t('nominations.eligible')}</span>
          ) : (
            nomination.findings.map((finding, at) => (
              <div key={at} className="error-text small">
                <strong>{finding.rule}</strong> {finding.message}
              </div>
            ))
          )}
        </td>
        <td>
          {!needsGate ? (
            <span className="muted">{t('nominations.notNeeded')}</span>
          ) : gate ? (
            <span>
              {view.gate_method === 'secret_poll'
                ? t('nominations.pollResult', { agree: gate.agree, present: gate.present })
                : t('nominations.showResult', { agree: gate.agree, convened: gate.convened ?? 0 })}{' '}
              ({gate.passed ? t('nominations.passed') : t('nominations.failed')})
            </span>
          ) : editable ? (
            <button type="button" className="button small" disabled={busy} onClick={() => onAction({ id: nomination.id, kind: 'poll' })}>
              {t('nominations.poll.record')}
            </button>
          ) : null}
        </td>
        <td>
          {withdrawal ? (
            <span>
              {withdrawal.reason || t('nominations.withdraw.request')}
              {withdrawal.vote ? (
                <div className="small">
                  {t('nominations.voteResult', { in_favour: withdrawal.vote.in_favour, convened: withdrawal.vote.convened })} (
                  {withdrawal.vote.passed ? t('nominations.passed') : t('nominations.failed')})
                </div>
              ) : (
                editable && (
                  <div>
                    <button type="button" className="button small" disabled={busy} onClick={() => onAction({ id: nomination.id, kind: 'vote' })}>
                      {t('nominations.withdraw.vote')}
                    </button>
                  </div>
                )
              )}
            </span>
          ) : editable && nomination.on_list ? (
            <button type="button" className="button small subtle" disabled={busy} onClick={() => onAction({ id: nomination.id, kind: 'request' })}>
              {t('nominations.withdraw.request')}
            </button>
          ) : null}
        </td>
        <td>
          <span className={`badge tone-${statusTone(nomination.status)}`} data-testid="status">
            {t(statusKey(nomination.status))}
          </span>
        </td>
      </tr>
      {action && (
        <tr className="nomination-action">
          <td />
          <td colSpan={6}>
            <ActionForm nomination={nomination} view={view} action={action} busy={busy} onCancel={() => onAction(null)} run={run} />
          </td>
        </tr>
      )}
    </>
  );
}

function ActionForm({
  nomination,
  view,
  action,
  busy,
  onCancel,
  run,
}: {
  nomination: Nomination;
  view: NominationsView;
  action: NonNullable<Action>;
  busy: boolean;
  onCancel: () => void;
  run: (work: () => Promise<NominationsView>) => Promise<void>;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [present, setPresent] = useState('');
  const [favour, setFavour] = useState('');
  const [convened, setConvened] = useState(view.convened !== null ? String(view.convened) : '');
  const showOfHands = action.kind === 'vote' || view.gate_method === 'show_of_hands';
  const submit = () => {
    if (action.kind === 'request') {
      void run(() => nominationApi.requestWithdrawal(nomination.id, reason));
      return;
    }
    const vote = {
      present: countOf(present) ?? -1,
      ...(showOfHands && countOf(convened) !== null ? { convened: countOf(convened)! } : {}),
    };
    const favourCount = countOf(favour) ?? -1;
    void run(() =>
      action.kind === 'poll'
        ? nominationApi.poll(nomination.id, { ...vote, agree: favourCount })
        : nominationApi.voteWithdrawal(nomination.id, { ...vote, in_favour: favourCount }),
    );
  };
  return (
    <form
      className="inline-form"
      data-testid="nomination-action"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {action.kind === 'request' ? (
        <label>
          {t('nominations.withdraw.reason')}
          <input value={reason} onChange={(event) => setReason(event.target.value)} />
        </label>
      ) : (
        <>
          {showOfHands && (
            <label>
              {t('nominations.poll.convened')}
              <input inputMode="numeric" size={6} value={convened} onChange={(event) => setConvened(event.target.value)} />
            </label>
          )}
          <label>
            {t('nominations.poll.present')}
            <input inputMode="numeric" size={6} value={present} onChange={(event) => setPresent(event.target.value)} />
          </label>
          <label>
            {action.kind === 'poll' ? t('nominations.poll.agree') : t('nominations.withdraw.inFavour')}
            <input inputMode="numeric" size={6} value={favour} onChange={(event) => setFavour(event.target.value)} />
          </label>
        </>
      )}
      <button type="submit" className="button primary small" disabled={busy}>
        {t('nominations.save')}
      </button>
      <button type="button" className="button small subtle" onClick={onCancel}>
        {t('nominations.cancel')}
      </button>
    </form>
  );
}

function AddNominee({
  election,
  busy,
  run,
}: {
  election: number;
  busy: boolean;
  run: (work: () => Promise<NominationsView>) => Promise<void>;
}) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Member[]>([]);
  const [chosen, setChosen] = useState<Member | null>(null);
  const [source, setSource] = useState<NominationSource>('committee');
  const [by, setBy] = useState('');
  const [byCommittee, setByCommittee] = useState(false);

  useEffect(() => {
    if (query.trim().length < 2 || chosen) {
      setFound([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api
        .members({ q: query.trim(), limit: 8 }, controller.signal)
        .then((page) => setFound(page.items))
        .catch(() => setFound([]));
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, chosen]);

  return (
    <form
      className="nominations-add"
      aria-labelledby="nominations-add-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (!chosen) return;
        void run(() =>
          nominationApi.add(election, {
            member_id: chosen.id,
            source,
            ...(source === 'floor' ? { nominated_by: by, nominated_by_committee_member: byCommittee } : {}),
          }),
        ).then(() => {
          setChosen(null);
          setQuery('');
          setBy('');
        });
      }}
    >
      <h3 id="nominations-add-heading">{t('nominations.add.title')}</h3>
      <div className="nominations-add-row">
        <label className="grow">
          {t('nominations.add.search')}
          <input
            value={chosen ? `${chosen.full_name} (${chosen.id})` : query}
            onChange={(event) => {
              setChosen(null);
              setQuery(event.target.value);
            }}
            role="combobox"
            aria-expanded={found.length > 0}
            aria-controls="nominee-options"
          />
        </label>
        <label>
          {t('nominations.add.source')}
          <select value={source} onChange={(event) => setSource(event.target.value as NominationSource)}>
            {(['committee', 'floor', 'self'] as const).map((value) => (
              <option key={value} value={value}>
                {t(sourceKey(value))}
              </option>
            ))}
          </select>
        </label>
        {source === 'floor' && (
          <label>
            {t('nominations.add.by')}
            <input value={by} onChange={(event) => setBy(event.target.value)} />
          </label>
        )}
        <button type="submit" className="button" disabled={busy || !chosen}>
          {t('nominations.add.submit')}
        </button>
      </div>
      {source === 'floor' && (
        <label className="checkbox">
          <input type="checkbox" checked={byCommittee} onChange={(event) => setByCommittee(event.target.checked)} />
          {t('nominations.add.byCommittee')}
        </label>
      )}
      {found.length > 0 && (
        <ul className="nominee-options" id="nominee-options" role="listbox">
          {found.map((member) => (
            <li key={member.id} role="option" aria-selected={false} onClick={() => setChosen(member)}>
              {member.full_name} <span className="muted">({member.id}, {member.org_name})</span>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}

function StructurePanel({
  view,
  editable,
  busy,
  run,
}: {
  view: NominationsView;
  editable: boolean;
  busy: boolean;
  run: (work: () => Promise<NominationsView>) => Promise<void>;
}) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState(false);
  const [targets, setTargets] = useState<StructureTargets>(view.targets);
  const rows = structureRows(view);
  const general = view.structure.warnings.filter((warning) => warning.nomination_id === null);
  const fields: [keyof StructureTargets, Parameters<typeof t>[0]][] = [
    ['women_min_percent', 'nominations.targets.women'],
    ['under_40_min_percent', 'nominations.targets.under40'],
    ['age_40_50_min_percent', 'nominations.targets.min4050'],
    ['age_40_50_max_percent', 'nominations.targets.max4050'],
    ['first_time_min_months', 'nominations.targets.firstTime'],
    ['reelected_min_months', 'nominations.targets.reelected'],
  ];
  return (
    <div className="nominations-structure" data-testid="structure">
      <h3>
        {t('nominations.structure')}
        {!view.targets_set && <span className="muted small"> · {t('nominations.targets.default')}</span>}
      </h3>
      <table className="table compact">
        <thead>
          <tr>
            <th>{t('nominations.structure.measure')}</th>
            <th className="num">{t('nominations.structure.count')}</th>
            <th className="num">{t('nominations.structure.share')}</th>
            <th>{t('nominations.structure.target')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.warn ? 'warn-row' : ''} data-testid={`structure-${row.key}`}>
              <td>{t(`nominations.structure.${row.key}` as Parameters<typeof t>[0])}</td>
              <td className="num">{row.count}</td>
              <td className="num">{row.percent !== null ? formatPercent(row.percent, lang) : ''}</td>
              <td>{row.target}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {general.length > 0 && (
        <div className="alert alert-warn" data-testid="structure-warnings">
          <p>{t('nominations.structure.warnings')}</p>
          <ul>
            {general.map((warning) => (
              <li key={warning.code}>{warning.message}</li>
            ))}
          </ul>
        </div>
      )}
      {editable &&
        (editing ? (
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              void run(() => nominationApi.setTargets(view.election.id, targets)).then(() => setEditing(false));
            }}
          >
            {fields.map(([key, label]) => (
              <label key={key}>
                {t(label)}
                <input
                  inputMode="numeric"
                  size={4}
                  value={String(targets[key])}
                  onChange={(event) => setTargets({ ...targets, [key]: countOf(event.target.value) ?? 0 })}
                />
              </label>
            ))}
            <button type="submit" className="button primary small" disabled={busy}>
              {t('nominations.targets.save')}
            </button>
            <button type="button" className="button small subtle" onClick={() => setEditing(false)}>
              {t('nominations.cancel')}
            </button>
          </form>
        ) : (
          <button
            type="button"
            className="button small subtle"
            onClick={() => {
              setTargets(view.targets);
              setEditing(true);
            }}
          >
            {t('nominations.targets.edit')}
          </button>
        ))}
    </div>
  );
}
