// "Kết quả đại hội": a congress's results carried upward — the elected bodies, "Áp dụng kết quả"
// for each finished election, the delegation sent to the parent congress, the superior
// committee's approval (R-APPROVAL) and the structure of the new committees over a subtree
// (R-STRUCTURE). The server decides everything; the page shows what it answers.
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../api';
import { formatDate } from '../format';
import { useI18n } from '../i18n-context';
import { navigate } from '../router';
import {
  BODY_KEYS,
  electionStep,
  furtherRoundPending,
  ordered,
  percentText,
  resultsApi,
} from '../results';
import type { BodyStats, CommitteeStats, CongressResults } from '../results';
import './ResultsPage.css';

function StatsCells({ stats, lang }: { stats: BodyStats; lang: 'vi' | 'en' }) {
  return (
    <>
      <td className="num">{stats.size}</td>
      <td className="num">
        {stats.women} ({percentText(stats.women_percent, lang)})
      </td>
      <td className="num">{stats.under_40}</td>
      <td className="num">{stats.from_40_to_50}</td>
      <td className="num">{stats.over_50}</td>
      <td className="num">{stats.first_time}</td>
      <td className="num">{stats.re_elected}</td>
    </>
  );
}

export function ResultsPage({ org, term }: { org: string | null; term: string | null }) {
  const { t, lang } = useI18n();
  const [code, setCode] = useState(org ?? '');
  const [termText, setTermText] = useState(term ?? '2020-2025');
  const [view, setView] = useState<CongressResults | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [acceptUnfilled, setAcceptUnfilled] = useState<Record<number, boolean>>({});
  const [decision, setDecision] = useState('');
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  const [approvalError, setApprovalError] = useState<string | null>(null);
  const [statsRoot, setStatsRoot] = useState('');
  const [womenMin, setWomenMin] = useState('15');
  const [stats, setStats] = useState<CommitteeStats | null>(null);

  const load = useCallback(() => {
    if (!org || !term) return;
    setError(null);
    resultsApi
      .view(org, term)
      .then((results) => {
        setView(results);
        setStatsRoot((current) => current || results.superior?.code || results.org_code);
      })
      .catch((reason: ApiError) => {
        setView(null);
        setError(reason.message);
      });
  }, [org, term]);
  useEffect(load, [load]);

  const loadStats = useCallback(() => {
    if (!statsRoot || !term) return;
    resultsApi
      .stats(statsRoot, term, { women_min: womenMin, under_40_min: '' })
      .then(setStats)
      .catch((reason: ApiError) => setError(reason.message));
  }, [statsRoot, term, womenMin]);
  useEffect(loadStats, [loadStats]);

  const apply = (id: number) => {
    setNotice(null);
    setError(null);
    resultsApi
      .apply(id, acceptUnfilled[id] ?? false)
      .then(() => {
        setNotice(t('results.applied'));
        load();
        loadStats();
      })
      .catch((reason: ApiError) => setError(reason.message));
  };

  const approve = (event: React.FormEvent) => {
    event.preventDefault();
    if (!org || !term) return;
    setApprovalError(null);
    resultsApi
      .approve(org, term, { decision, date, note })
      .then(() => {
        setNotice(t('results.approvedNotice'));
        load();
      })
      .catch((reason: ApiError) => setApprovalError(reason.message));
  };

  return (
    <div className="results-page">
      <h1>{t('results.title')}</h1>
      <form
        className="results-pick"
        onSubmit={(event) => {
          event.preventDefault();
          if (code.trim()) navigate({ page: 'results', org: code.trim(), term: termText.trim() });
        }}
      >
        <label>
          {t('results.orgCode')}
          <input value={code} onChange={(event) => setCode(event.target.value)} placeholder="BADINH-QUANTHANH" />
        </label>
        <label>
          {t('results.term')}
          <input value={termText} onChange={(event) => setTermText(event.target.value)} placeholder="2020-2025" />
        </label>
        <button type="submit">{t('results.open')}</button>
      </form>
      {!org || !term ? <p className="hint">{t('results.pick')}</p> : null}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      {view ? (
        <>
          <h2 className="results-congress">
            {view.name} — {t('results.termLabel', { term: view.term })}
          </h2>
          <p className={view.status === 'approved' ? 'status approved' : 'status provisional'} data-testid="results-status">
            {view.status === 'approved' && view.approval
              ? t('results.statusApproved', {
                  decision: view.approval.decision,
                  date: formatDate(view.approval.approved_on, lang),
                  by: view.superior?.name ?? view.approval.approved_by,
                })
              : t('results.statusProvisional')}
          </p>

          <section>
            <h3>{t('results.elections')}</h3>
            {view.elections.length === 0 ? <p className="hint">{t('results.noElections')}</p> : null}
            <ul className="results-elections">
              {view.elections.map((election) => {
                const step = electionStep(election);
                return (
                  <li key={election.id} data-testid={`election-${election.id}`}>
                    <span className="election-title">{election.title}</span>{' '}
                    {step === 'applied' ? (
                      <span className="tag applied">{t('results.stepApplied')}</span>
                    ) : step === 'ready' ? (
                      <button type="button" onClick={() => apply(election.id)}>
                        {t('results.apply')}
                      </button>
                    ) : (
                      <span className="tag pending">{election.reason}</span>
                    )}
                    {furtherRoundPending(election) ? (
                      <span className="further">
                        <label>
                          <input
                            type="checkbox"
                            checked={acceptUnfilled[election.id] ?? false}
                            onChange={(event) =>
                              setAcceptUnfilled({ ...acceptUnfilled, [election.id]: event.target.checked })
                            }
                          />
                          {t('results.acceptUnfilled')}
                        </label>
                        <button
                          type="button"
                          disabled={!acceptUnfilled[election.id]}
                          onClick={() => apply(election.id)}
                        >
                          {t('results.apply')}
                        </button>
                      </span>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </section>

          <section>
            <h3>{t('results.bodies')}</h3>
            {view.bodies.length === 0 ? <p className="hint">{t('results.noBodies')}</p> : null}
            {view.bodies.map((body) => (
              <div key={body.body} className="results-body">
                <h4>{t(BODY_KEYS[body.body])}</h4>
                <table className="data">
                  <thead>
                    <tr>
                      <th>{t('results.rank')}</th>
                      <th>{t('results.fullName')}</th>
                      <th>{t('results.gender')}</th>
                      <th>{t('results.birthDate')}</th>
                      <th>{t('results.capacity')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {ordered(body.members).map((member) => (
                      <tr key={`${member.capacity}-${member.rank}`}>
                        <td className="num">{member.rank}</td>
                        <td>{member.full_name}</td>
                        <td>{member.gender === 'female' ? t('results.female') : member.gender === 'male' ? t('results.male') : ''}</td>
                        <td>{member.birth_date ? formatDate(member.birth_date, lang) : ''}</td>
                        <td>{member.capacity === 'official' ? t('results.official') : t('results.alternate')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ))}
            {view.committee_stats ? (
              <p className="hint" data-testid="committee-stats">
                {t('results.committeeStats', {
                  size: view.committee_stats.size,
                  women: percentText(view.committee_stats.women_percent, lang),
                  under40: view.committee_stats.under_40,
                  from40: view.committee_stats.from_40_to_50,
                  over50: view.committee_stats.over_50,
                })}
              </p>
            ) : null}
          </section>

          <section>
            <h3>{t('results.delegation', { parent: view.superior?.name ?? '' })}</h3>
            {view.delegation.length === 0 ? (
              <p className="hint">{t('results.noDelegation')}</p>
            ) : (
              <ol className="results-delegation">
                {view.delegation.map((entry) => (
                  <li key={entry.id}>
                    {entry.full_name} —{' '}
                    {entry.role === 'official' ? t('results.official') : t('results.alternate')} {entry.rank}
                  </li>
                ))}
              </ol>
            )}
          </section>

          <section>
            <h3>{t('results.approval')}</h3>
            {view.approval ? (
              <p>
                {t('results.approvalDone', {
                  decision: view.approval.decision,
                  date: formatDate(view.approval.approved_on, lang),
                })}
              </p>
            ) : view.superior ? (
              <form className="results-approval" onSubmit={approve}>
                <label>
                  {t('results.decision')}
                  <input value={decision} onChange={(event) => setDecision(event.target.value)} required />
                </label>
                <label>
                  {t('results.decisionDate')}
                  <input type="date" value={date} onChange={(event) => setDate(event.target.value)} required />
                </label>
                <label>
                  {t('results.note')}
                  <input value={note} onChange={(event) => setNote(event.target.value)} />
                </label>
                <button type="submit">{t('results.approve', { by: view.superior.name })}</button>
                {approvalError ? (
                  <p className="error" role="alert">
                    {approvalError}
                  </p>
                ) : null}
              </form>
            ) : (
              <p className="hint">{t('results.noSuperior')}</p>
            )}
          </section>
        </>
      ) : null}

      {term ? (
        <section>
          <h3>{t('results.statsTitle')}</h3>
          <form
            className="results-pick"
            onSubmit={(event) => {
              event.preventDefault();
              loadStats();
            }}
          >
            <label>
              {t('results.statsRoot')}
              <input value={statsRoot} onChange={(event) => setStatsRoot(event.target.value)} />
            </label>
            <label>
              {t('results.womenMin')}
              <input value={womenMin} onChange={(event) => setWomenMin(event.target.value)} size={4} />
            </label>
            <button type="submit">{t('results.refresh')}</button>
          </form>
          {stats ? (
            <table className="data results-stats" data-testid="stats-table">
              <thead>
                <tr>
                  <th>{t('results.level')}</th>
                  <th>{t('results.withCommittee')}</th>
                  <th>{t('results.size')}</th>
                  <th>{t('results.women')}</th>
                  <th>{t('results.under40')}</th>
                  <th>{t('results.from40to50')}</th>
                  <th>{t('results.over50')}</th>
                  <th>{t('results.firstTime')}</th>
                  <th>{t('results.reElected')}</th>
                </tr>
              </thead>
              <tbody>
                {stats.levels.map((level) => (
                  <tr key={level.level}>
                    <td>
                      {level.level_name}
                      {level.warnings.map((warning) => (
                        <div key={warning.measure} className="warning">
                          {warning.message}
                        </div>
                      ))}
                    </td>
                    <td className="num">
                      {level.with_committee}/{level.organizations}
                    </td>
                    <StatsCells stats={level} lang={lang} />
                  </tr>
                ))}
                <tr className="total">
                  <td>{t('results.total')}</td>
                  <td />
                  <StatsCells stats={stats.total} lang={lang} />
                </tr>
              </tbody>
            </table>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
