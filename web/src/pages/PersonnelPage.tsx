// "Nhân sự": a congress's personnel scheme (đề án nhân sự) with its versions and workflow, the
// nominees with their reasons and concurrent positions, the structure against the targets and the
// outgoing committee (R-STRUCTURE, R-SURPLUS), the vetting board per nominee and the complaints
// (R-VETTING: the list is not final while any is open). The server decides; the page shows.
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../api';
import { formatDate } from '../format';
import { useI18n } from '../i18n-context';
import type { MessageKey } from '../i18n';
import { navigate } from '../router';
import {
  percentText,
  personnelApi,
  REASON_KEYS,
  STATUS_KEYS,
  STEP_KEYS,
  stepsOf,
  vettingRows,
  vettingSummary,
} from '../personnel';
import type { SchemeStats, SchemeStep, SchemeView, VettingFile, VettingTask } from '../personnel';
import './PersonnelPage.css';

function share(part: number, percent: number, lang: 'vi' | 'en'): string {
  return `${part} (${percentText(percent, lang)})`;
}

function Cell({ task, onConclude }: { task: VettingTask | null; onConclude: (task: VettingTask) => void }) {
  const { t } = useI18n();
  if (!task) return <td>—</td>;
  const label = t(`personnel.conclusion.${task.conclusion}` as MessageKey);
  return (
    <td className={`vetting-${task.conclusion}`} data-testid="vetting-cell" title={task.note || undefined}>
      {task.conclusion === 'open' ? (
        <button type="button" className="link" onClick={() => onConclude(task)}>
          {label}
        </button>
      ) : (
        label
      )}
    </td>
  );
}

export function PersonnelPage({ org, term }: { org: string | null; term: string | null }) {
  const { t, lang } = useI18n();
  const [code, setCode] = useState(org ?? 'BADINH');
  const [termText, setTermText] = useState(term ?? '2020-2025');
  const [view, setView] = useState<SchemeView | null>(null);
  const [file, setFile] = useState<VettingFile | null>(null);
  const [version, setVersion] = useState<number | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [concluding, setConcluding] = useState<VettingTask | null>(null);
  const [concernNote, setConcernNote] = useState('');
  const [complaintConclusion, setComplaintConclusion] = useState<Record<number, string>>({});

  const load = useCallback(() => {
    if (!org || !term) return;
    setError(null);
    personnelApi
      .scheme(org, term, version)
      .then(setView)
      .catch((reason: ApiError) => {
        setView(null);
        setError(reason.status === 404 ? t('personnel.noScheme') : reason.message);
      });
    personnelApi
      .vetting(org, term)
      .then(setFile)
      .catch(() => setFile(null));
  }, [org, term, version, t]);
  useEffect(load, [load]);

  const run = (action: Promise<unknown>) => {
    setError(null);
    setNotice(null);
    action
      .then(() => {
        setNotice(t('personnel.done'));
        setComment('');
        setVersion(undefined);
        load();
      })
      .catch((reason: ApiError) => setError(reason.message));
  };

  const step = (which: SchemeStep) => {
    if (!org || !term) return;
    run(personnelApi.step(org, term, which, comment));
  };

  const conclude = (conclusion: 'cleared' | 'concern') => {
    if (!concluding) return;
    const task = concluding;
    setConcluding(null);
    run(personnelApi.conclude(task.id, conclusion, conclusion === 'concern' ? concernNote : ''));
    setConcernNote('');
  };

  const today = new Date().toISOString().slice(0, 10);

  return (
    <section className="personnel-page">
      <h1>{t('personnel.title')}</h1>
      <p className="muted">{t('personnel.intro')}</p>
      <form
        className="personnel-pick"
        onSubmit={(event) => {
          event.preventDefault();
          setVersion(undefined);
          navigate({ page: 'personnel', org: code.trim(), term: termText.trim() });
        }}
      >
        <label>
          {t('personnel.orgCode')} <input value={code} onChange={(e) => setCode(e.target.value)} />
        </label>
        <label>
          {t('personnel.term')} <input value={termText} onChange={(e) => setTermText(e.target.value)} />
        </label>
        <button type="submit">{t('personnel.open')}</button>
      </form>
      {!org || !term ? <p>{t('personnel.pick')}</p> : null}
      {error ? (
        <p className="error" role="alert" data-testid="personnel-error">
          {error}
        </p>
      ) : null}
      {notice ? <p className="notice">{notice}</p> : null}
      {view ? (
        <>
          <h2>
            {t('personnel.scheme')} — {view.org_name}, {view.term}
          </h2>
          <div className="scheme-versions" data-testid="scheme-versions">
            <span>{t('personnel.versions')}:</span>
            {view.versions.map((v) => (
              <button
                type="button"
                key={v.version}
                className={v.version === view.version ? 'version active' : 'version'}
                onClick={() => setVersion(v.version)}
              >
                {t('personnel.version', { n: v.version })}: {t(STATUS_KEYS[v.status])}
              </button>
            ))}
          </div>
          <p data-testid="scheme-status">
            <strong>
              {t('personnel.version', { n: view.version })}: {t(STATUS_KEYS[view.status])}
            </strong>{' '}
            · {t('personnel.superior', { name: view.superior_name || view.superior_code })} ·{' '}
            <a href={personnelApi.pdfUrl(view.org_code, view.term, view.version)}>{t('personnel.pdf')}</a>
          </p>
          {stepsOf(view).length > 0 ? (
            <div className="scheme-steps">
              {stepsOf(view).includes('return') ? (
                <label>
                  {t('personnel.comment')}{' '}
                  <input value={comment} onChange={(e) => setComment(e.target.value)} data-testid="scheme-comment" />
                </label>
              ) : null}
              {stepsOf(view).map((which) => (
                <button type="button" key={which} onClick={() => step(which)} data-testid={`scheme-${which}`}>
                  {t(STEP_KEYS[which])}
                </button>
              ))}
            </div>
          ) : null}
          <p>
            {t('personnel.numbers', {
              committee: view.numbers.committee,
              standing: view.numbers.standing_committee,
              deputies: view.numbers.deputies,
              inspection: view.numbers.inspection,
              delegates: view.numbers.delegates,
            })}
          </p>
          <p data-testid="scheme-surplus">
            {t('personnel.surplus', {
              candidates: view.statistics.candidates,
              seats: view.statistics.seats,
              surplus: `${view.statistics.candidates - view.statistics.seats} (${percentText(
                view.statistics.surplus_percent,
                lang,
              )})`,
            })}
            {view.statistics.surplus_problem ? <span className="warning"> — {view.statistics.surplus_problem}</span> : null}
          </p>

          <h3>{t('personnel.history')}</h3>
          <ol className="scheme-history" data-testid="scheme-history">
            {view.events.map((event, index) => (
              <li key={index}>
                {formatDate(event.at.slice(0, 10), lang)} · v{event.version} · {event.action} · {event.actor}
                {event.comment ? <em> — {event.comment}</em> : null}
              </li>
            ))}
          </ol>

          <h3>{t('personnel.statistics')}</h3>
          <StatsTable view={view} lang={lang} />
          {view.statistics.positions.length > 0 ? (
            <p>
              {t('personnel.positions')}:{' '}
              {view.statistics.positions.map((p) => `${p.label} ${p.count}`).join('; ')}
            </p>
          ) : null}
          {view.statistics.warnings.filter((w) => !w.member_id).length > 0 ? (
            <div className="warnings">
              <strong>{t('personnel.warnings')}</strong>
              <ul>
                {view.statistics.warnings
                  .filter((w) => !w.member_id)
                  .map((w) => (
                    <li key={w.code}>{w.message}</li>
                  ))}
              </ul>
            </div>
          ) : null}

          <h3>{t('personnel.nominees', { n: view.nominees.length })}</h3>
          <table className="data personnel-nominees" data-testid="scheme-nominees">
            <thead>
              <tr>
                <th>#</th>
                <th>{t('personnel.col.name')}</th>
                <th>{t('personnel.col.birth')}</th>
                <th>{t('personnel.col.title')}</th>
                <th>{t('personnel.col.reason')}</th>
                <th>{t('personnel.col.history')}</th>
                <th>{t('personnel.col.vetting')}</th>
              </tr>
            </thead>
            <tbody>
              {view.nominees.map((nominee, index) => (
                <tr key={`${nominee.list}-${nominee.member_id}`}>
                  <td className="num">{index + 1}</td>
                  <td>{nominee.full_name}</td>
                  <td className="num">{nominee.birth_date?.slice(0, 4) ?? ''}</td>
                  <td>{nominee.title}</td>
                  <td>{t(REASON_KEYS[nominee.reason])}</td>
                  <td>{nominee.outgoing ? t('personnel.reelected') : t('personnel.firstTime')}</td>
                  <td>
                    {nominee.open_tasks > 0 || nominee.open_complaints > 0
                      ? t('personnel.conclusion.open')
                      : nominee.concerns > 0
                        ? t('personnel.conclusion.concern')
                        : t('personnel.conclusion.cleared')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}

      {file && (file.tasks.length > 0 || file.complaints.length > 0) ? (
        <VettingBoard
          file={file}
          onConclude={(task) => {
            setConcluding(task);
            setConcernNote('');
          }}
        />
      ) : null}
      {concluding ? (
        <div className="conclude-dialog" role="dialog" data-testid="conclude-dialog">
          <p>
            {concluding.full_name} — {file?.boards.find((b) => b.code === concluding.board)?.label}
          </p>
          <button type="button" onClick={() => conclude('cleared')} data-testid="conclude-cleared">
            {t('personnel.clear')}
          </button>{' '}
          <label>
            {t('personnel.concernNote')}{' '}
            <input value={concernNote} onChange={(e) => setConcernNote(e.target.value)} />
          </label>{' '}
          <button type="button" onClick={() => conclude('concern')}>
            {t('personnel.concern')}
          </button>
        </div>
      ) : null}

      {file ? (
        <>
          <h3>{t('personnel.complaints')}</h3>
          {file.complaints.length === 0 ? (
            <p>{t('personnel.noComplaints')}</p>
          ) : (
            <table className="data" data-testid="complaints">
              <thead>
                <tr>
                  <th>{t('personnel.complaint.received')}</th>
                  <th>{t('personnel.complaint.source')}</th>
                  <th>{t('personnel.complaint.about')}</th>
                  <th>{t('personnel.complaint.summary')}</th>
                  <th>{t('personnel.complaint.assigned')}</th>
                  <th>{t('personnel.complaint.state')}</th>
                </tr>
              </thead>
              <tbody>
                {file.complaints.map((complaint) => (
                  <tr key={complaint.id} className={complaint.open ? 'open' : ''}>
                    <td>{formatDate(complaint.received_on, lang)}</td>
                    <td>{t(`personnel.source.${complaint.source}` as MessageKey)}</td>
                    <td>{complaint.full_name}</td>
                    <td>{complaint.summary}</td>
                    <td>{complaint.assigned_to}</td>
                    <td>
                      {complaint.open ? (
                        <span className="complaint-open">
                          {t('personnel.complaint.open')}{' '}
                          <input
                            aria-label={t('personnel.complaint.conclusion')}
                            value={complaintConclusion[complaint.id] ?? ''}
                            onChange={(e) =>
                              setComplaintConclusion({ ...complaintConclusion, [complaint.id]: e.target.value })
                            }
                            data-testid="complaint-conclusion"
                          />{' '}
                          <button
                            type="button"
                            data-testid="complaint-conclude"
                            onClick={() =>
                              run(
                                personnelApi.concludeComplaint(
                                  complaint.id,
                                  complaintConclusion[complaint.id] ?? '',
                                  today,
                                ),
                              )
                            }
                          >
                            {t('personnel.complaint.conclude')}
                          </button>
                        </span>
                      ) : (
                        <>
                          {formatDate(complaint.concluded_on ?? '', lang)}: {complaint.conclusion}
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : null}
    </section>
  );
}

function StatsTable({ view, lang }: { view: SchemeView; lang: 'vi' | 'en' }) {
  const { t } = useI18n();
  const p = view.statistics.proposed;
  const o: SchemeStats | null = view.statistics.outgoing;
  const targets = view.targets;
  const rows: [string, string, string, string][] = [
    [t('personnel.stat.size'), String(view.statistics.seats), String(p.size), o ? String(o.size) : '—'],
    [
      t('personnel.stat.women'),
      `≥ ${targets.women_min_percent}%`,
      share(p.women, p.women_percent, lang),
      o ? share(o.women, o.women_percent, lang) : '—',
    ],
    [
      t('personnel.stat.under40'),
      `≥ ${targets.under_40_min_percent}%`,
      share(p.under_40, p.under_40_percent, lang),
      o ? share(o.under_40, o.under_40_percent, lang) : '—',
    ],
    [
      t('personnel.stat.from40to50'),
      `${targets.age_40_50_min_percent}–${targets.age_40_50_max_percent}%`,
      share(p.from_40_to_50, p.from_40_to_50_percent, lang),
      o ? share(o.from_40_to_50, o.from_40_to_50_percent, lang) : '—',
    ],
    [t('personnel.stat.over50'), '', share(p.over_50, p.over_50_percent, lang), o ? share(o.over_50, o.over_50_percent, lang) : '—'],
    [t('personnel.stat.reelected'), '', String(p.re_elected), ''],
    [t('personnel.stat.firstTime'), '', String(p.first_time), ''],
  ];
  return (
    <table className="data personnel-stats" data-testid="scheme-statistics">
      <thead>
        <tr>
          <th>{t('personnel.stat.criterion')}</th>
          <th>{t('personnel.stat.target')}</th>
          <th>{t('personnel.stat.proposed')}</th>
          <th>{t('personnel.stat.outgoing')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row[0]}>
            <td>{row[0]}</td>
            <td className="num">{row[1]}</td>
            <td className="num">{row[2]}</td>
            <td className="num">{row[3]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function VettingBoard({ file, onConclude }: { file: VettingFile; onConclude: (task: VettingTask) => void }) {
  const { t } = useI18n();
  const rows = vettingRows(file);
  const summary = vettingSummary(rows);
  return (
    <>
      <h3>{t('personnel.vetting')}</h3>
      <p data-testid="vetting-summary">{t('personnel.vettingSummary', summary)}</p>
      {summary.blocked > 0 ? (
        <p className="warning" data-testid="vetting-blocked">
          {t('personnel.vettingBlocked')}
        </p>
      ) : null}
      <table className="data personnel-vetting" data-testid="vetting-board">
        <thead>
          <tr>
            <th>{t('personnel.col.name')}</th>
            {file.boards.map((board) => (
              <th key={board.code}>{board.label}</th>
            ))}
            <th>{t('personnel.complaints')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.member_id} className={row.blocked ? 'blocked' : ''} data-testid="vetting-row">
              <td>{row.full_name}</td>
              {row.cells.map((cell, index) => (
                <Cell key={file.boards[index].code} task={cell} onConclude={onConclude} />
              ))}
              <td>
                {row.complaints.filter((c) => c.open).length > 0
                  ? `${row.complaints.filter((c) => c.open).length} ${t('personnel.complaint.open').toLowerCase()}`
                  : row.complaints.length > 0
                    ? t('personnel.conclusion.cleared')
                    : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
