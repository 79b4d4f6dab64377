import { barSegments, percent } from '../progress';
import type { LevelProgress, Segment } from '../progress';
import { formatNumber } from '../format';
import { useI18n } from '../i18n-context';

const SEGMENT_LABEL = {
  held: 'progress.held',
  scheduled: 'progress.scheduled',
  overdue: 'progress.overdue',
  unscheduled: 'progress.unscheduled',
} as const satisfies Record<Segment, string>;

// A stacked bar: held (green), scheduled (blue), overdue (red), unscheduled (grey).
export function ProgressBar({ level, compact = false }: { level: LevelProgress; compact?: boolean }) {
  const { t } = useI18n();
  const segments = barSegments(level);
  const description = segments.map((s) => `${t(SEGMENT_LABEL[s.kind])}: ${s.count}`).join(', ');
  return (
    <div
      className={compact ? 'bar bar-compact' : 'bar'}
      role="img"
      aria-label={`${t('progress.heldOf', { held: level.held, total: level.total })}. ${description}`}
    >
      {segments
        .filter((segment) => segment.width > 0)
        .map((segment) => (
          <span
            key={segment.kind}
            className={`bar-segment seg-${segment.kind}`}
            style={{ width: `${segment.width}%` }}
            title={`${t(SEGMENT_LABEL[segment.kind])}: ${segment.count}`}
          />
        ))}
    </div>
  );
}

// One level of the subtree: "48/56 đã tổ chức", the bar, and the four counts.
export function LevelCard({ level, label }: { level: LevelProgress; label: string }) {
  const { t, lang } = useI18n();
  const counts: [Segment, number][] = [
    ['held', level.held],
    ['scheduled', level.scheduled],
    ['overdue', level.overdue],
    ['unscheduled', level.unscheduled],
  ];
  return (
    <section className="level-card" data-level={level.level} aria-label={label}>
      <div className="level-card-head">
        <h3 className="level-card-title">{label}</h3>
        <span className="muted">{t('progress.percentHeld', { p: percent(level.held, level.total) })}</span>
      </div>
      <div className="level-card-figure" data-testid="held-of-total">
        <strong>
          {formatNumber(level.held, lang)}/{formatNumber(level.total, lang)}
        </strong>{' '}
        <span>{t('progress.heldWord')}</span>
      </div>
      <ProgressBar level={level} />
      <ul className="legend">
        {counts.map(([kind, count]) => (
          <li key={kind} className={`legend-item legend-${kind}`} data-kind={kind}>
            <span className={`swatch seg-${kind}`} aria-hidden="true" />
            {t(SEGMENT_LABEL[kind])}: <strong>{formatNumber(count, lang)}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
