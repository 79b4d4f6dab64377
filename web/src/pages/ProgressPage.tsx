import { useEffect, useState } from 'react';
import { api } from '../api';
import type { OrganizationDetail } from '../api';
import { daysBetween, formatDayMonthYear, parseDayMonthYear, todayIso } from '../dates';
import { formatNumber, levelLabel } from '../format';
import type { LevelInfo } from '../format';
import { useI18n } from '../i18n-context';
import { overdueFirst, totalOverdue } from '../progress';
import type { ChildProgress, Forecast, ListedCongress, Progress } from '../progress';
import { navigate } from '../router';
import type { OrgNode } from '../tree';
import { LevelCard, ProgressBar } from '../components/ProgressBar';
import { OrgPicker } from '../components/OrgPicker';
import { ProgressCalendar } from '../components/ProgressCalendar';
import { ProgressForecast } from '../components/ProgressForecast';
import { ProgressTimeline } from '../components/ProgressTimeline';
import { CommunicationCard } from '../components/CommunicationCard';

// The day the demo data set is built around (docs/huong-dan.md): 48 of Ba Đình's 56 grassroots
// congresses held, 8 still to come.
const DEMO_DAY = '2020-05-19';

interface Loaded {
  key: string; // org@day the figures are for
  progress: Progress;
  detail: OrganizationDetail;
  forecast: Forecast;
}

export function ProgressPage({ org, asOf }: { org: string | null; asOf: string | null }) {
  const { t, lang } = useI18n();
  const day = asOf ?? todayIso();
  const [levels, setLevels] = useState<LevelInfo[]>([]);
  const [roots, setRoots] = useState<OrgNode[] | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [congresses, setCongresses] = useState<{ key: string; items: ListedCongress[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dateText, setDateText] = useState(formatDayMonthYear(day));
  const [dateError, setDateError] = useState(false);

  const show = (code: string | null, when: string | null = asOf, replace = false) =>
    navigate({ page: 'progress', org: code, asOf: when }, replace);

  useEffect(() => {
    Promise.all([api.levels(), api.roots()])
      .then(([levelList, rootList]) => {
        setLevels(levelList.items);
        setRoots(rootList.items);
      })
      .catch((reason: Error) => setError(reason.message));
  }, []);

  // No organization chosen: the first top organization with a round (a congress held or
  // scheduled as of the day), else the first one.
  useEffect(() => {
    if (org || !roots || roots.length === 0) return;
    let cancelled = false;
    (async () => {
      for (const root of roots) {
        const progress = await api.progress(root.code, day);
        if (cancelled) return;
        if (progress.levels.some((level) => level.held + level.scheduled > 0)) {
          navigate({ page: 'progress', org: root.code, asOf }, true);
          return;
        }
      }
      if (!cancelled) navigate({ page: 'progress', org: roots[0].code, asOf }, true);
    })().catch((reason: Error) => setError(reason.message));
    return () => {
      cancelled = true;
    };
  }, [org, roots, day, asOf]);

  useEffect(() => {
    if (!org) return;
    const controller = new AbortController();
    const key = `${org}@${day}`;
    setError(null);
    Promise.all([
      api.progress(org, day, controller.signal),
      api.organization(org, controller.signal),
      api.forecast(org, day, controller.signal),
    ])
      .then(([progress, detail, forecast]) => {
        setLoaded({ key, progress, detail, forecast });
        return api.congresses(org, progress.round_year, controller.signal);
      })
      .then((list) => setCongresses({ key, items: list.items }))
      .catch((reason: Error) => {
        if (reason.name !== 'AbortError') setError(reason.message);
      });
    return () => controller.abort();
  }, [org, day]);

  useEffect(() => {
    setDateText(formatDayMonthYear(day));
    setDateError(false);
  }, [day]);

  const submitDate = () => {
    const iso = parseDayMonthYear(dateText);
    setDateError(iso === null);
    if (iso) show(org, iso);
  };

  const current = loaded && loaded.key === `${org}@${day}` ? loaded : null;
  const levelName = (code: string) => levelLabel(levels, code, lang);

  return (
    <div className="progress-page">
      <section className="panel progress-controls" aria-label={t('progress.heading')}>
        <h1 className="page-title">{t('progress.heading')}</h1>
        <div className="controls-row">
          <OrgPicker
            roots={roots ?? []}
            current={org}
            currentName={current?.detail.organization.name ?? ''}
            levels={levels}
            onChoose={(code) => show(code)}
          />
          <form
            className="field date-field"
            onSubmit={(event) => {
              event.preventDefault();
              submitDate();
            }}
          >
            <label className="field-label" htmlFor="progress-as-of">
              {t('progress.asOf')}
            </label>
            <div className="date-row">
              <input
                id="progress-as-of"
                className="date-input"
                inputMode="numeric"
                placeholder={t('progress.datePlaceholder')}
                value={dateText}
                aria-invalid={dateError}
                onChange={(event) => setDateText(event.target.value)}
              />
              <button type="submit" className="button primary">
                {t('progress.show')}
              </button>
              <button type="button" className="button" onClick={() => show(org, todayIso())}>
                {t('progress.today')}
              </button>
              <button type="button" className="button" onClick={() => show(org, DEMO_DAY)}>
                {t('progress.demoDay')}
              </button>
            </div>
            {dateError && (
              <p className="field-error" role="alert">
                {t('progress.badDate')}
              </p>
            )}
          </form>
        </div>
      </section>

      {error && (
        <div className="alert alert-error" role="alert">
          {t('common.error')}: {error}
        </div>
      )}
      {roots && roots.length === 0 && <p className="panel placeholder muted">{t('tree.empty')}</p>}
      {!current && !error && roots?.length !== 0 && <p className="muted">{t('common.loading')}</p>}

      {current && (
        <Dashboard
          loaded={current}
          congresses={congresses && congresses.key === current.key ? congresses.items : null}
          levels={levels}
          levelName={levelName}
          onOpen={(code) => show(code)}
        />
      )}
    </div>
  );
}

// Children with overdue congresses first (the most overdue first); then those with
// organizations below them (those one drills into); each group in tree order.
function childrenInOrder(children: ChildProgress[]): ChildProgress[] {
  const deep = children.filter((child) => child.levels.length > 1);
  const leaves = children.filter((child) => child.levels.length <= 1);
  return overdueFirst([...deep, ...leaves]);
}

interface DashboardProps {
  loaded: Loaded;
  congresses: ListedCongress[] | null;
  levels: LevelInfo[];
  levelName: (code: string) => string;
  onOpen: (code: string) => void;
}

function Dashboard({ loaded, congresses, levels, levelName, onOpen }: DashboardProps) {
  const { t, lang } = useI18n();
  const { progress, detail } = loaded;
  const organization = detail.organization;
  const parent = detail.ancestors[detail.ancestors.length - 1];

  return (
    <>
      <section className="panel">
        <nav className="breadcrumb" aria-label="breadcrumb">
          {detail.ancestors.map((ancestor) => (
            <span key={ancestor.code} className="breadcrumb-item">
              <button type="button" className="link-button" onClick={() => onOpen(ancestor.code)}>
                {ancestor.name}
              </button>
              <span className="breadcrumb-sep" aria-hidden="true">
                ›
              </span>
            </span>
          ))}
          <span className="breadcrumb-item current" aria-current="page">
            {organization.name}
          </span>
        </nav>
        <div className="dashboard-head">
          <div>
            <h2 className="detail-title">{organization.name}</h2>
            <p className="muted dashboard-sub">
              {t('progress.round', { year: progress.round_year, date: formatDayMonthYear(progress.as_of) })}
            </p>
          </div>
          <div className="exports">
            {parent && (
              <button type="button" className="button" onClick={() => onOpen(parent.code)}>
                ↑ {t('progress.up')}
              </button>
            )}
            <a
              className="button"
              href={api.congressesIcsUrl(progress.root, progress.round_year)}
              download
              data-testid="export-ics"
            >
              {t('progress.exportIcs')}
            </a>
            <a
              className="button"
              href={api.progressXlsxUrl(progress.root, progress.as_of)}
              download
              data-testid="export-xlsx"
            >
              {t('progress.exportXlsx')}
            </a>
            <a
              className="button"
              href={api.progressPdfUrl(progress.root, progress.as_of)}
              download
              data-testid="export-pdf"
            >
              {t('progress.exportPdf')}
            </a>
          </div>
        </div>
        {progress.levels.length === 0 ? (
          <p className="muted">{t('progress.noLevels')}</p>
        ) : (
          <div className="level-cards">
            {progress.levels.map((level) => (
              <LevelCard key={level.level} level={level} label={levelName(level.level)} />
            ))}
          </div>
        )}
      </section>

      <p className="hint forecast-plan" data-testid="forecast-plan">
        {loaded.forecast.plan ? (
          <>
            {t('progress.forecast.byPlan')}{' '}
            <a
              href={`/plan/${encodeURIComponent(loaded.forecast.plan.root)}/${loaded.forecast.plan.term}`}
              onClick={(event) => {
                event.preventDefault();
                navigate({ page: 'plan', org: loaded.forecast.plan!.root, term: loaded.forecast.plan!.term });
              }}
            >
              {loaded.forecast.plan.title || t('progress.forecast.planUntitled', { root: loaded.forecast.plan.root })}
            </a>{' '}
            ({t('progress.forecast.planTerm', { term: loaded.forecast.plan.term, root: loaded.forecast.plan.root })})
          </>
        ) : (
          t('progress.forecast.noPlan')
        )}
      </p>
      <ProgressForecast forecast={loaded.forecast} levelName={levelName} />

      {progress.children.length > 0 && (
        <section className="panel">
          <h2 className="panel-title">{t('progress.children')}</h2>
          <p className="hint">{t('progress.childrenHint')}</p>
          <div className="table-scroll children-scroll">
            <table className="table children-table" data-testid="children-table">
              <thead>
                <tr>
                  <th>{t('progress.childColumn')}</th>
                  {progress.levels.map((level) => (
                    <th key={level.level}>{levelName(level.level)}</th>
                  ))}
                  <th className="num">{t('progress.overdueColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {childrenInOrder(progress.children).map((child) => {
                  const overdue = totalOverdue(child.levels);
                  return (
                    <tr key={child.code} data-code={child.code}>
                      <td>
                        {child.levels.length > 1 ? (
                          <button type="button" className="link-button" onClick={() => onOpen(child.code)}>
                            {child.name}
                          </button>
                        ) : (
                          child.name
                        )}
                      </td>
                      {progress.levels.map((rootLevel) => {
                        const level = child.levels.find((candidate) => candidate.level === rootLevel.level);
                        return (
                          <td key={rootLevel.level} className="child-cell">
                            {level ? (
                              <div className="child-progress">
                                <span className="child-figure">
                                  {formatNumber(level.held, lang)}/{formatNumber(level.total, lang)}
                                </span>
                                <ProgressBar level={level} compact />
                              </div>
                            ) : (
                              <span className="muted">—</span>
                            )}
                          </td>
                        );
                      })}
                      <td className={overdue > 0 ? 'num overdue-figure' : 'num'}>{formatNumber(overdue, lang)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <div className="risk-grid">
        <section className="panel" data-testid="overdue-list">
          <h2 className="panel-title">{t('progress.overdueHeading', { n: progress.overdue_list.length })}</h2>
          {progress.overdue_list.length === 0 ? (
            <p className="muted">{t('progress.overdueNone')}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th>{t('members.org')}</th>
                  <th>{t('detail.level.col')}</th>
                  <th>{t('progress.plannedDates')}</th>
                  <th className="num">{t('progress.late')}</th>
                </tr>
              </thead>
              <tbody>
                {progress.overdue_list.map((congress) => (
                  <tr key={congress.code} className="row-overdue">
                    <td>
                      {congress.name} <span className="muted mono">{congress.code}</span>
                    </td>
                    <td>{levelName(congress.level)}</td>
                    <td className="nowrap">
                      {congress.planned_start && congress.planned_start !== congress.planned_end
                        ? `${formatDayMonthYear(congress.planned_start)}–`
                        : ''}
                      {formatDayMonthYear(congress.planned_end)}
                    </td>
                    <td className="num">
                      {t('progress.days', { n: daysBetween(congress.planned_end, progress.as_of) })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section className="panel" data-testid="at-risk-list">
          <h2 className="panel-title">{t('progress.atRiskHeading', { n: progress.at_risk.length })}</h2>
          <p className="hint">{t('progress.atRiskIntro')}</p>
          {progress.at_risk.length === 0 ? (
            <p className="muted">{t('progress.atRiskNone')}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th>{t('members.org')}</th>
                  <th>{t('progress.plannedEnd')}</th>
                  <th>{t('progress.parentOpens')}</th>
                  <th className="num">{t('progress.margin')}</th>
                </tr>
              </thead>
              <tbody>
                {progress.at_risk.map((congress) => (
                  <tr key={congress.code}>
                    <td>
                      {congress.name} <span className="muted">· {levelName(congress.level)}</span>
                    </td>
                    <td className="nowrap">{formatDayMonthYear(congress.planned_end)}</td>
                    <td className="nowrap">
                      {formatDayMonthYear(congress.parent_planned_start)}{' '}
                      <span className="muted mono">{congress.parent_code}</span>
                    </td>
                    <td className={congress.days_before_parent < 0 ? 'num overdue-figure' : 'num'}>
                      {congress.days_before_parent < 0
                        ? t('progress.marginNegative', { n: -congress.days_before_parent })
                        : t('progress.days', { n: congress.days_before_parent })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>

      <CommunicationCard org={progress.root} roundYear={progress.round_year} />

      <section className="panel">
        <h2 className="panel-title">{t('progress.timeline')}</h2>
        {congresses === null ? (
          <p className="muted">{t('common.loading')}</p>
        ) : (
          <ProgressTimeline
            key={progress.root}
            congresses={congresses}
            asOf={progress.as_of}
            levels={levels}
            defaultLevel={progress.levels[0]?.level ?? ''}
          />
        )}
      </section>

      <section className="panel">
        <h2 className="panel-title">{t('progress.calendar.heading')}</h2>
        {congresses === null ? (
          <p className="muted">{t('common.loading')}</p>
        ) : (
          <ProgressCalendar key={progress.root} congresses={congresses} asOf={progress.as_of} />
        )}
      </section>
    </>
  );
}
