// The progress dashboard's card of the round's communication work (docs/party-building.md):
// totals per kind for the subtree over the round's period (building.ts roundPeriod), with a link
// to the party-building page. Shows nothing while the subtree has no items.
import { useEffect, useState } from 'react';
import { buildingApi, roundPeriod } from '../building';
import type { CommunicationView } from '../building';
import { formatDate } from '../format';
import { useI18n } from '../i18n-context';
import { navigate } from '../router';
import { CommunicationStats } from '../pages/BuildingPage';

export function CommunicationCard({ org, roundYear }: { org: string; roundYear: number }) {
  const { t, lang } = useI18n();
  const [view, setView] = useState<{ key: string; data: CommunicationView } | null>(null);
  const key = `${org}@${roundYear}`;
  const period = roundPeriod(roundYear);
  useEffect(() => {
    const controller = new AbortController();
    buildingApi
      .communication(org, period.from, period.to, controller.signal)
      .then((data) => setView({ key, data }))
      .catch(() => setView(null)); // the card is extra: the dashboard stands without it
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (!view || view.key !== key || view.data.totals.items === 0) return null;
  return (
    <section className="panel" data-testid="communication-card">
      <h2 className="panel-title">{t('building.card.title')}</h2>
      <p className="muted">
        {t('building.card.period', { from: formatDate(period.from, lang), to: formatDate(period.to, lang) })}
      </p>
      <CommunicationStats view={view.data} />
      <p>
        <a
          href={`/building/${encodeURIComponent(org)}`}
          onClick={(event) => {
            event.preventDefault();
            navigate({ page: 'building', org });
          }}
        >
          {t('building.card.open')}
        </a>
      </p>
    </section>
  );
}
