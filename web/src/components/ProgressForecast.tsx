import { formatDayMonthYear } from '../dates';
import { formatNumber } from '../format';
import { useI18n } from '../i18n-context';
import { daysToFinish } from '../progress';
import type { Forecast, LevelForecast, Verdict } from '../progress';

const VERDICT_LABEL = {
  done: 'progress.forecast.done',
  on_time: 'progress.forecast.onTime',
  late: 'progress.forecast.late',
  unknown: 'progress.forecast.unknown',
  no_window: 'progress.forecast.noWindow',
} as const satisfies Record<Verdict, string>;

interface Props {
  forecast: Forecast;
  levelName: (code: string) => string;
}

// When each level will finish, from the dates on record: the last congress's end, or why no
// date can be given yet (organizations without a date).
export function ProgressForecast({ forecast, levelName }: Props) {
  const { t, lang } = useI18n();
  const when = (level: LevelForecast) => {
    if (!level.finish) {
      return level.latest_end
        ? t('progress.forecast.atLeast', { date: formatDayMonthYear(level.latest_end) })
        : '—';
    }
    const days = daysToFinish(level, forecast.as_of) ?? 0;
    const date = formatDayMonthYear(level.finish);
    if (level.verdict === 'done') return date;
    return days > 0 ? `${date} (${t('progress.forecast.inDays', { n: days })})` : date;
  };
  return (
    <section className="panel" data-testid="forecast-panel">
      <h2 className="panel-title">{t('progress.forecast.heading')}</h2>
      <p className="hint">{t('progress.forecast.intro')}</p>
      <p className="forecast-total" data-testid="forecast-finish">
        {forecast.finish
          ? t('progress.forecast.total', { date: formatDayMonthYear(forecast.finish) })
          : t('progress.forecast.totalUnknown')}
      </p>
      <table className="table forecast-table">
        <thead>
          <tr>
            <th>{t('detail.level.col')}</th>
            <th className="num">{t('progress.held')}</th>
            <th className="num">{t('progress.unscheduled')}</th>
            <th>{t('progress.forecast.finish')}</th>
            <th>{t('progress.forecast.verdict')}</th>
          </tr>
        </thead>
        <tbody>
          {forecast.levels.map((level) => (
            <tr key={level.level} data-level={level.level} data-verdict={level.verdict}>
              <td>{levelName(level.level)}</td>
              <td className="num">
                {formatNumber(level.held, lang)}/{formatNumber(level.total, lang)}
              </td>
              <td className={level.unscheduled > 0 ? 'num overdue-figure' : 'num'}>
                {formatNumber(level.unscheduled, lang)}
              </td>
              <td className="nowrap" data-testid="forecast-date">
                {when(level)}
              </td>
              <td>
                <span className={`verdict verdict-${level.verdict}`}>
                  {t(VERDICT_LABEL[level.verdict], { n: level.days_late, count: level.unscheduled })}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
