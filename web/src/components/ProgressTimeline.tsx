import { useMemo, useState } from 'react';
import { formatDayMonthYear } from '../dates';
import { levelLabel } from '../format';
import type { LevelInfo } from '../format';
import { useI18n } from '../i18n-context';
import { dayOffset, place, timelineRows, timelineScale } from '../progress';
import type { CongressStatus, ListedCongress, Span } from '../progress';

const STATUS_LABEL = {
  held: 'progress.held',
  scheduled: 'progress.scheduled',
  overdue: 'progress.overdue',
  unscheduled: 'progress.unscheduled',
} as const satisfies Record<CongressStatus, string>;

function spanText(span: Span): string {
  return span.start === span.end
    ? formatDayMonthYear(span.start)
    : `${formatDayMonthYear(span.start)}–${formatDayMonthYear(span.end)}`;
}

interface Props {
  congresses: ListedCongress[];
  asOf: string;
  levels: LevelInfo[];
  // The level shown first: the root's children's, so a district shows its grassroots congresses
  // rather than hundreds of cells.
  defaultLevel: string;
}

// A Gantt-like chart in CSS: one row per congress, its planned days as an outlined bar and its
// held days as a solid green one; overdue congresses first; a line marks the day shown.
export function ProgressTimeline({ congresses, asOf, levels, defaultLevel }: Props) {
  const { t, lang } = useI18n();
  const present = useMemo(() => {
    const rank = (code: string) => levels.find((level) => level.code === code)?.rank ?? 99;
    return [...new Set(congresses.map((c) => c.level))].sort((a, b) => rank(a) - rank(b));
  }, [congresses, levels]);
  const [chosen, setChosen] = useState<string | null>(null);
  const shown = chosen ?? (present.includes(defaultLevel) ? defaultLevel : '');
  const rows = useMemo(
    () => timelineRows(shown ? congresses.filter((c) => c.level === shown) : congresses, asOf),
    [congresses, shown, asOf],
  );
  const scale = useMemo(() => timelineScale(rows, asOf), [rows, asOf]);
  const monthLabel = (start: string) => `${start.slice(5, 7)}/${start.slice(0, 4)}`;

  return (
    <div className="timeline">
      <div className="timeline-toolbar">
        <label>
          {t('progress.timelineLevel')}{' '}
          <select value={shown} onChange={(event) => setChosen(event.target.value)}>
            <option value="">{t('progress.timelineAll')}</option>
            {present.map((code) => (
              <option key={code} value={code}>
                {levelLabel(levels, code, lang)}
              </option>
            ))}
          </select>
        </label>
        <span className="muted">{t('progress.timelineCount', { n: rows.length })}</span>
        <ul className="legend timeline-legend">
          <li className="legend-item">
            <span className="swatch seg-held" aria-hidden="true" />
            {t('progress.held')}
          </li>
          <li className="legend-item">
            <span className="swatch swatch-planned" aria-hidden="true" />
            {t('progress.legendPlanned')}
          </li>
          <li className="legend-item">
            <span className="swatch seg-overdue" aria-hidden="true" />
            {t('progress.overdue')}
          </li>
          <li className="legend-item">
            <span className="swatch swatch-asof" aria-hidden="true" />
            {t('progress.legendAsOf')}
          </li>
        </ul>
      </div>
      {rows.length === 0 ? (
        <p className="muted">{t('progress.timelineEmpty')}</p>
      ) : (
        <div className="timeline-scroll">
          <div className="timeline-grid" role="table" aria-label={t('progress.timeline')}>
            <div className="timeline-row timeline-head" role="row">
              <div className="timeline-label" role="columnheader" />
              <div className="timeline-track" role="columnheader">
                {scale.months.map((month) => (
                  <span key={month} className="timeline-month" style={{ left: `${dayOffset(scale, month)}%` }}>
                    {monthLabel(month)}
                  </span>
                ))}
              </div>
            </div>
            {rows.map((row) => {
              const { congress, status } = row;
              const dates = row.held ?? row.planned;
              return (
                <div
                  key={`${congress.org_code}/${congress.term}`}
                  className={`timeline-row status-${status}`}
                  role="row"
                  data-code={congress.org_code}
                  data-status={status}
                >
                  <div className="timeline-label" role="cell">
                    <span className="timeline-name" title={congress.org_code}>
                      {congress.org_name}
                    </span>
                    <span className="timeline-meta">
                      <span className={`status-dot seg-${status}`} aria-hidden="true" />
                      {t(STATUS_LABEL[status])}
                      {congress.pilot ? ` · ${t('progress.pilot')}` : ''}
                      {' · '}
                      {dates ? spanText(dates) : t('progress.noDate')}
                    </span>
                  </div>
                  <div className="timeline-track" role="cell">
                    {scale.months.map((month) => (
                      <span key={month} className="timeline-tick" style={{ left: `${dayOffset(scale, month)}%` }} />
                    ))}
                    <span className="timeline-asof" style={{ left: `${dayOffset(scale, asOf)}%` }} />
                    {row.planned && (
                      <span
                        className={`timeline-bar planned${status === 'overdue' ? ' overdue' : ''}`}
                        style={{ left: `${place(scale, row.planned).left}%`, width: `${place(scale, row.planned).width}%` }}
                        title={`${t('progress.plannedDates')}: ${spanText(row.planned)}`}
                      />
                    )}
                    {row.held && (
                      <span
                        className="timeline-bar held"
                        style={{ left: `${place(scale, row.held).left}%`, width: `${place(scale, row.held).width}%` }}
                        title={`${t('progress.held')}: ${spanText(row.held)}`}
                      />
                    )}
                  </div>
                </div>
              );
            })}
          </div>
        </div>
      )}
    </div>
  );
}
