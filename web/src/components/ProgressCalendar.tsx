import './ProgressCalendar.css';
import { useMemo, useState } from 'react';
import { formatDayMonthYear } from '../dates';
import { useI18n } from '../i18n-context';
import { calendarMonths, calendarWeeks } from '../progress';
import type { CongressStatus, ListedCongress } from '../progress';

const STATUS_LABEL = {
  held: 'progress.held',
  scheduled: 'progress.scheduled',
  overdue: 'progress.overdue',
  unscheduled: 'progress.unscheduled',
} as const satisfies Record<CongressStatus, string>;

// Entries shown in a day before "+ n more".
const PER_DAY = 3;

interface Props {
  congresses: ListedCongress[];
  asOf: string;
}

// A month of congresses, Monday to Sunday: each day lists the congresses on it, overdue first,
// coloured held / scheduled / overdue; the day shown is outlined.
export function ProgressCalendar({ congresses, asOf }: Props) {
  const { t } = useI18n();
  const { months, initial } = useMemo(() => calendarMonths(congresses, asOf), [congresses, asOf]);
  const [chosen, setChosen] = useState<string | null>(null);
  const month = chosen && months.includes(chosen) ? chosen : initial;
  const weeks = useMemo(() => calendarWeeks(congresses, month, asOf), [congresses, month, asOf]);
  const index = months.indexOf(month);
  const monthText = `${t('progress.calendar.month')} ${month.slice(5, 7)}/${month.slice(0, 4)}`;
  const weekdays = t('progress.calendar.weekdays').split(',');

  return (
    <div className="calendar" data-testid="progress-calendar" data-month={month.slice(0, 7)}>
      <div className="calendar-toolbar">
        <button
          type="button"
          className="button"
          disabled={index <= 0}
          onClick={() => setChosen(months[index - 1])}
          aria-label={t('progress.calendar.previous')}
        >
          ‹
        </button>
        <h3 className="calendar-title" aria-live="polite">
          {monthText}
        </h3>
        <button
          type="button"
          className="button"
          disabled={index < 0 || index >= months.length - 1}
          onClick={() => setChosen(months[index + 1])}
          aria-label={t('progress.calendar.next')}
        >
          ›
        </button>
        <ul className="legend calendar-legend">
          {(['overdue', 'scheduled', 'held'] as const).map((status) => (
            <li key={status} className="legend-item">
              <span className={`swatch seg-${status}`} aria-hidden="true" />
              {t(STATUS_LABEL[status])}
            </li>
          ))}
        </ul>
      </div>
      <table className="calendar-grid" aria-label={monthText}>
        <thead>
          <tr>
            {weekdays.map((day) => (
              <th key={day} scope="col">
                {day}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0].date}>
              {week.map((day) => (
                <td
                  key={day.date}
                  className={[
                    'calendar-day',
                    day.inMonth ? '' : 'outside',
                    day.date === asOf ? 'as-of' : '',
                    day.entries.some((entry) => entry.status === 'overdue') ? 'has-overdue' : '',
                  ]
                    .filter(Boolean)
                    .join(' ')}
                  data-date={day.date}
                  data-count={day.entries.length}
                  title={formatDayMonthYear(day.date)}
                >
                  <span className="calendar-date">{Number(day.date.slice(8, 10))}</span>
                  <ul className="calendar-entries">
                    {day.entries.slice(0, PER_DAY).map((entry) => (
                      <li
                        key={`${entry.congress.org_code}/${entry.congress.term}`}
                        className={`calendar-entry seg-${entry.status}${entry.first ? '' : ' continued'}`}
                        data-status={entry.status}
                        title={`${entry.congress.org_name} · ${t(STATUS_LABEL[entry.status])}`}
                      >
                        {entry.congress.org_name}
                      </li>
                    ))}
                    {day.entries.length > PER_DAY && (
                      <li className="calendar-more muted">
                        {t('progress.calendar.more', { n: day.entries.length - PER_DAY })}
                      </li>
                    )}
                  </ul>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
