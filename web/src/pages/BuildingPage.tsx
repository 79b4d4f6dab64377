// Xây dựng Đảng: the party-building context of a round for an organization's subtree
// (docs/party-building.md). Three tabs: the quality ratings (shares per grade, stacked by year,
// with the top-grade cap's warning), admissions against the term's target (per unit and per
// year) and the communication work (totals per kind and per unit). Each tab links its reports.
import { useEffect, useState } from 'react';
import { api } from '../api';
import {
  buildingApi,
  formatPercent,
  kindTotal,
  ratedYears,
  rootTarget,
  segmentWidths,
  sharesOf,
} from '../building';
import type { Admissions, CommunicationKind, CommunicationView, RatedKind, RatingShares, YearShares } from '../building';
import { formatDate, formatNumber } from '../format';
import type { LevelInfo } from '../format';
import { useI18n } from '../i18n-context';
import type { MessageKey } from '../i18n';
import { navigate } from '../router';
import type { OrgNode } from '../tree';
import { OrgPicker } from '../components/OrgPicker';
import './BuildingPage.css';

type Tab = 'ratings' | 'admissions' | 'communication';
const TABS: Tab[] = ['ratings', 'admissions', 'communication'];
const KINDS: CommunicationKind[] = ['news', 'essay', 'bulletin', 'event'];
// Grade colours by rank: the best darkest.
const GRADE_CLASS = ['grade-1', 'grade-2', 'grade-3', 'grade-4'];

export function BuildingPage({ org }: { org: string | null }) {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('ratings');
  const [levels, setLevels] = useState<LevelInfo[]>([]);
  const [roots, setRoots] = useState<OrgNode[] | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([api.levels(), api.roots()])
      .then(([levelList, rootList]) => {
        setLevels(levelList.items);
        setRoots(rootList.items);
      })
      .catch((reason: Error) => setError(reason.message));
  }, []);

  useEffect(() => {
    if (org || !roots || roots.length === 0) return;
    navigate({ page: 'building', org: roots[0].code }, true);
  }, [org, roots]);

  useEffect(() => {
    if (!org) return;
    const controller = new AbortController();
    api
      .organization(org, controller.signal)
      .then((detail) => setName(detail.organization.name))
      .catch((reason: Error) => {
        if (reason.name !== 'AbortError') setError(reason.message);
      });
    return () => controller.abort();
  }, [org]);

  return (
    <div className="building-page">
      <section className="panel">
        <h1 className="page-title">{t('building.heading')}</h1>
        <p className="muted">{t('building.intro')}</p>
        <OrgPicker
          roots={roots ?? []}
          current={org}
          currentName={name}
          levels={levels}
          onChoose={(code) => navigate({ page: 'building', org: code })}
        />
      </section>
      {error && (
        <div className="alert alert-error" role="alert">
          {t('common.error')}: {error}
        </div>
      )}
      <div className="building-tabs" role="tablist">
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={tab === name}
            className={tab === name ? 'building-tab active' : 'building-tab'}
            onClick={() => setTab(name)}
          >
            {t(`building.tab.${name}` as MessageKey)}
          </button>
        ))}
      </div>
      {org &&
        (tab === 'ratings' ? (
          <RatingsTab org={org} />
        ) : tab === 'admissions' ? (
          <AdmissionsTab org={org} />
        ) : (
          <CommunicationTab org={org} />
        ))}
    </div>
  );
}

function Reports({ org, report, params = {} }: { org: string; report: string; params?: Record<string, string | number | undefined> }) {
  const { t } = useI18n();
  return (
    <p className="building-reports">
      <span className="muted">{t('building.reports')}:</span>{' '}
      <a href={buildingApi.reportUrl(org, `${report}.pdf`, params)}>{t('building.reportPdf')}</a>{' '}
      <a href={buildingApi.reportUrl(org, `${report}.xlsx`, params)}>{t('building.reportXlsx')}</a>
    </p>
  );
}

function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, key: string): { data: T | null; error: string | null } {
  const [state, setState] = useState<{ key: string; data: T | null; error: string | null }>({ key: '', data: null, error: null });
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal)
      .then((data) => setState({ key, data, error: null }))
      .catch((reason: Error) => {
        if (reason.name !== 'AbortError') setState({ key, data: null, error: reason.message });
      });
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state.key === key ? state : { data: null, error: null };
}

function StackedBar({ shares, label }: { shares: YearShares; label: string }) {
  const { lang } = useI18n();
  const widths = segmentWidths(shares.grades.map((g) => g.count));
  return (
    <div className="stacked-row">
      <span className="stacked-label">{label}</span>
      <div className="stacked-bar" role="img" aria-label={`${label}: ${shares.grades.map((g) => `${g.name} ${formatPercent(g.percent, lang)}`).join(', ')}`}>
        {shares.grades.map((g, index) =>
          widths[index] > 0 ? (
            <span
              key={g.grade}
              className={`stacked-segment ${GRADE_CLASS[Math.min(g.rank, 4) - 1] ?? 'grade-4'}`}
              style={{ width: `${widths[index]}%` }}
              title={`${g.name}: ${g.count} (${formatPercent(g.percent, lang)})`}
            >
              {widths[index] >= 8 ? formatPercent(g.percent, lang) : ''}
            </span>
          ) : null,
        )}
      </div>
      <span className="stacked-total muted">{formatNumber(shares.rated, lang)}</span>
    </div>
  );
}

function RatingsTab({ org }: { org: string }) {
  const { t, lang } = useI18n();
  const { data, error } = useLoad<RatingShares>((signal) => buildingApi.shares(org, undefined, signal), org);
  const [year, setYear] = useState<number | null>(null);
  if (error) return <div className="alert alert-error" role="alert">{t('common.error')}: {error}</div>;
  if (!data) return <p className="muted">{t('common.loading')}</p>;
  const years = ratedYears(data);
  if (years.length === 0) return <p className="panel muted">{t('building.noRatings')}</p>;
  const shown = year !== null && years.includes(year) ? year : years[0];
  const grades = data.grades;
  const baseGrade = grades.find((g) => g.rank === data.cap.base_rank)?.name ?? '';
  const kinds: [RatedKind, string][] = [
    ['organization', t('building.organizations')],
    ['member', t('building.members')],
  ];
  return (
    <>
      <section className="panel">
        <div className="building-year">
          <label className="field-label" htmlFor="building-year">
            {t('building.year')}
          </label>
          <select id="building-year" value={shown} onChange={(event) => setYear(Number(event.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <h2 className="panel-title">{t('building.sharesOf', { year: shown })}</h2>
        <div className="building-columns">
          {kinds.map(([kind, label]) => {
            const shares = data.shares.find((s) => s.year === shown && s.kind === kind);
            if (!shares || shares.rated === 0) return null;
            return (
              <div key={kind} className="building-shares" data-testid={`shares-${kind}`}>
                <h3>
                  {label} <span className="muted">· {t('building.rated', { n: formatNumber(shares.rated, lang) })}</span>
                </h3>
                <table className="table">
                  <thead>
                    <tr>
                      <th>{t('building.grade')}</th>
                      <th className="num">{t('building.count')}</th>
                      <th className="num">{t('building.percent')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shares.grades.map((g) => (
                      <tr key={g.grade}>
                        <td>
                          <span className={`grade-swatch ${GRADE_CLASS[Math.min(g.rank, 4) - 1]}`} /> {g.name}
                        </td>
                        <td className="num">{formatNumber(g.count, lang)}</td>
                        <td className="num">{formatPercent(g.percent, lang)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {shares.cap.exceeded && (
                  <p className="alert alert-warning" role="alert">
                    {t('building.capWarning')}: {shares.cap.warning}
                  </p>
                )}
              </div>
            );
          })}
        </div>
        <p className="muted small">
          {t('building.cap', {
            grade: grades[0]?.name ?? '',
            percent: formatPercent(data.cap.max_percent, lang),
            base: baseGrade,
          })}
        </p>
      </section>
      <section className="panel">
        <h2 className="panel-title">{t('building.byYear')}</h2>
        {kinds.map(([kind, label]) => {
          const rows = sharesOf(data, kind);
          if (rows.length === 0) return null;
          return (
            <div key={kind} className="stacked-chart">
              <h3>{label}</h3>
              {rows.map((shares) => (
                <StackedBar key={shares.year} shares={shares} label={String(shares.year)} />
              ))}
            </div>
          );
        })}
        <ul className="stacked-legend">
          {grades.map((g) => (
            <li key={g.code}>
              <span className={`grade-swatch ${GRADE_CLASS[Math.min(g.rank, 4) - 1]}`} /> {g.name}
            </li>
          ))}
        </ul>
        <Reports org={org} report="ratings" params={{ year: shown }} />
      </section>
    </>
  );
}

function AdmissionsTab({ org }: { org: string }) {
  const { t, lang } = useI18n();
  const { data, error } = useLoad<Admissions>((signal) => buildingApi.admissions(org, undefined, signal), org);
  if (error) return <div className="alert alert-error" role="alert">{t('common.error')}: {error}</div>;
  if (!data) return <p className="muted">{t('common.loading')}</p>;
  const own = rootTarget(data);
  const maxYear = Math.max(1, ...data.years.map((y) => y.admitted));
  return (
    <>
      <section className="panel" data-testid="admissions-target">
        {own ? (
          <>
            <div className="stats">
              <div className="stat">
                <div className="stat-value">{formatNumber(own.admitted, lang)}</div>
                <div className="stat-label">{t('building.admitted')}</div>
              </div>
              <div className="stat">
                <div className="stat-value">{formatNumber(own.target, lang)}</div>
                <div className="stat-label">{t('building.target')}</div>
              </div>
              <div className="stat">
                <div className="stat-value">{formatPercent(own.percent, lang)}</div>
                <div className="stat-label">{own.reached ? t('building.reached') : t('building.notReached')}</div>
              </div>
            </div>
            <div className="target-bar" role="img" aria-label={t('building.admittedOf', { admitted: own.admitted, target: own.target, percent: formatPercent(own.percent, lang) })}>
              <span className={own.reached ? 'target-fill reached' : 'target-fill'} style={{ width: `${Math.min(100, own.percent)}%` }} />
            </div>
            <p className="muted">
              {t('building.admittedOf', {
                admitted: formatNumber(own.admitted, lang),
                target: formatNumber(own.target, lang),
                percent: formatPercent(own.percent, lang),
              })}{' '}
              · {t('building.period', { from: formatDate(own.from, lang), to: formatDate(own.to, lang), term: own.term })}
            </p>
          </>
        ) : (
          <p className="muted">{t('building.noTarget')}</p>
        )}
      </section>
      {data.years.length > 0 && (
        <section className="panel">
          <h2 className="panel-title">{t('building.perYear')}</h2>
          <div className="year-bars">
            {data.years.map((y) => (
              <div key={y.year} className="year-bar">
                <span className="year-value">{formatNumber(y.admitted, lang)}</span>
                <span className="year-fill" style={{ height: `${(100 * y.admitted) / maxYear}%` }} />
                <span className="year-label">{y.year}</span>
              </div>
            ))}
          </div>
        </section>
      )}
      {data.units.length > 0 && (
        <section className="panel">
          <h2 className="panel-title">{t('building.perUnit')}</h2>
          <div className="table-scroll">
            <table className="table">
              <thead>
                <tr>
                  <th>{t('building.unit')}</th>
                  <th className="num">{t('building.target')}</th>
                  <th className="num">{t('building.admitted')}</th>
                </tr>
              </thead>
              <tbody>
                {data.units.map((unit) => (
                  <tr key={unit.org_code}>
                    <td>{unit.name}</td>
                    <td className="num">{unit.target === null ? '' : formatNumber(unit.target, lang)}</td>
                    <td className="num">{formatNumber(unit.admitted, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      <section className="panel">
        <Reports org={org} report="admissions" params={{ term: own?.term }} />
      </section>
    </>
  );
}

function CommunicationTab({ org }: { org: string }) {
  const { t, lang } = useI18n();
  const { data, error } = useLoad<CommunicationView>((signal) => buildingApi.communication(org, null, null, signal), org);
  if (error) return <div className="alert alert-error" role="alert">{t('common.error')}: {error}</div>;
  if (!data) return <p className="muted">{t('common.loading')}</p>;
  if (data.totals.items === 0) return <p className="panel muted">{t('building.noItems')}</p>;
  return (
    <>
      <section className="panel" data-testid="communication-totals">
        <CommunicationStats view={data} />
      </section>
      <section className="panel">
        <h2 className="panel-title">{t('building.perUnit')}</h2>
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th>{t('building.unit')}</th>
                {KINDS.map((kind) => (
                  <th key={kind} className="num">
                    {t(`building.kind.${kind}` as MessageKey)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.units.map((unit) => (
                <tr key={unit.org_code}>
                  <td>{unit.name}</td>
                  {KINDS.map((kind) => (
                    <td key={kind} className="num">
                      {formatNumber(kindTotal(unit.totals, kind).items, lang)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Reports org={org} report="communication" />
      </section>
    </>
  );
}

// The totals per kind as stat boxes (the page and the progress dashboard's card).
export function CommunicationStats({ view }: { view: CommunicationView }) {
  const { t, lang } = useI18n();
  return (
    <div className="communication-stats">
      {KINDS.map((kind) => {
        const total = kindTotal(view.totals, kind);
        return (
          <div key={kind} className="stat" data-testid={`communication-${kind}`}>
            <div className="stat-value">{formatNumber(total.items, lang)}</div>
            <div className="stat-label">
              {t(`building.kind.${kind}` as MessageKey)}
              {total.copies > 0 && <> · {t('building.copies', { n: formatNumber(total.copies, lang) })}</>}
            </div>
          </div>
        );
      })}
    </div>
  );
}
