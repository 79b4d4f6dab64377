// The hall's screen during a count: large type, in Vietnamese whatever the interface language,
// live from the round's event stream (GET /rounds/{id}/events, event "count"). Ballots agreed
// between the stations, each candidate's votes as a bar on the R-THRESHOLD base with the
// threshold line, and the result once the round is closed.
import { useEffect, useState } from 'react';
import { barPercent, barScale, countApi, namesOf, nextStepText, placesOfRound, statusLabel } from '../counting';
import type { CountView } from '../counting';
import { formatPercent, roundKindLabel } from '../elections';
import { formatNumber } from '../format';
import { translate } from '../i18n';
import type { MessageKey } from '../i18n';
import './ProjectorPage.css';

const LANG = 'vi' as const;
const tr = (key: MessageKey, params?: Record<string, string | number>) => translate(LANG, key, params);
const num = (value: number) => formatNumber(value, LANG);

// How the screen gets its figures: the event stream, or (when no event arrives although the
// server sends one as soon as a stream opens: a proxy or the server is buffering it) a GET of
// the count every few seconds, so that the hall's screen never freezes.
type Source = 'connecting' | 'stream' | 'polling';
const STREAM_GRACE_MS = 6000;
const POLL_MS = 3000;

export function ProjectorPage({ round }: { round: number }) {
  const [view, setView] = useState<CountView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [source, setSource] = useState<Source>('connecting');
  const [fullscreen, setFullscreen] = useState(false);

  useEffect(() => {
    let done = false;
    let streamed = false;
    let poller: number | undefined;
    const show = (next: CountView) => {
      if (done) return;
      setView(next);
      setError(null);
      if (next.round.closed) window.clearInterval(poller);
    };
    const poll = () =>
      countApi
        .view(round)
        .then(show)
        .catch((reason: Error) => !done && setError(reason.message));
    void poll();
    setSource('connecting');
    const stream = typeof EventSource === 'undefined' ? null : new EventSource(countApi.eventsUrl(round));
    stream?.addEventListener('count', (event) => {
      try {
        const next = JSON.parse((event as MessageEvent<string>).data) as CountView;
        streamed = true;
        window.clearInterval(poller);
        setSource('stream');
        show(next);
        // The final view is the last word: no reconnection after it.
        if (next.round.closed) stream.close();
      } catch {
        // A torn event: the next one carries the whole view again.
      }
    });
    const grace = window.setTimeout(() => {
      if (streamed || done) return;
      setSource('polling');
      poller = window.setInterval(() => void poll(), POLL_MS);
    }, stream ? STREAM_GRACE_MS : 0);
    return () => {
      done = true;
      stream?.close();
      window.clearTimeout(grace);
      window.clearInterval(poller);
    };
  }, [round]);

  useEffect(() => {
    document.title = tr('projector.title');
    const change = () => setFullscreen(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', change);
    return () => document.removeEventListener('fullscreenchange', change);
  }, []);

  if (!view) {
    return (
      <div className="projector" lang="vi">
        <p className="pj-wait">{error ? `${tr('common.error')}: ${error}` : tr('common.loading')}</p>
      </div>
    );
  }

  const { election, result } = view;
  const closed = view.round.closed;
  const places = placesOfRound(view.round, election.kind);
  const scale = result ? barScale(result) : 1;
  const threshold = result ? barPercent(result.threshold.votes_needed, scale) : null;
  const votes = new Map((result?.candidates ?? []).map((c) => [c.id, c]));
  const rows = view.candidates.length;
  const columns = rows > 16 ? 2 : 1;

  return (
    <div className={`projector${closed ? ' closed' : ''}${columns > 1 ? ' dense' : ''}`} lang="vi" data-testid="projector" data-source={source}>
      <header className="pj-head">
        <div className="pj-star" aria-hidden="true">
          ★
        </div>
        <div className="pj-titles">
          <div className="pj-election">{election.title}</div>
          <h1 className="pj-title">{closed ? tr('projector.final') : tr('projector.counting')}</h1>
          <div className="pj-round">
            {tr('elections.roundName', { n: view.round.number })} · {roundKindLabel(view.round.kind, LANG)} ·{' '}
            {tr('count.elect', { seats: places, candidates: rows })}
          </div>
        </div>
        <div className="pj-live">
          {!closed && (
            <span className={source === 'connecting' ? 'pj-dot' : 'pj-dot on'}>
              {source === 'stream'
                ? tr('projector.live')
                : source === 'polling'
                  ? tr('projector.polling', { s: POLL_MS / 1000 })
                  : tr('projector.reconnecting')}
            </span>
          )}
          {!fullscreen && (
            <button
              type="button"
              className="pj-fullscreen"
              onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}
            >
              {tr('projector.fullscreen')}
            </button>
          )}
        </div>
      </header>

      <div className="pj-figures">
        <Big label={tr('projector.agreed')} value={num(view.reconciliation.agreed)} testId="pj-agreed" />
        {result && (
          <>
            {closed && <Big label={tr('count.result.valid')} value={num(result.ballots.valid)} />}
            <Big label={tr('count.result.base')} value={num(result.threshold.denominator)} />
            <Big label={tr('projector.needed')} value={num(result.threshold.votes_needed)} accent />
          </>
        )}
      </div>

      {result ? (
        <ol
          className="pj-bars"
          style={{ ['--rows' as string]: Math.ceil(rows / columns), ['--columns' as string]: columns }}
          data-testid="pj-bars"
        >
          {view.candidates.map((candidate, at) => {
            const found = votes.get(candidate.id);
            const count = found?.votes ?? 0;
            const status = closed ? (found?.status ?? 'not_elected') : null;
            const passed = count * 2 > (result?.threshold.denominator ?? Infinity);
            return (
              <li
                key={candidate.index}
                className={`pj-row ${status ?? ''} ${passed ? 'passed' : ''}`}
                data-testid="pj-row"
              >
                <span className="pj-name">
                  <span className="pj-number">{candidate.index + 1}.</span> {candidate.full_name}
                </span>
                <span className="pj-track">
                  <span className="pj-bar" style={{ width: `${barPercent(count, scale)}%` }} />
                  {threshold !== null && (
                    <span className="pj-threshold" style={{ left: `${threshold}%` }}>
                      {at === 0 && (
                        <span className="pj-threshold-label">
                          {tr('projector.thresholdLine', { n: num(result.threshold.votes_needed) })}
                        </span>
                      )}
                    </span>
                  )}
                </span>
                <span className="pj-votes" data-testid="pj-votes">
                  {num(count)}
                </span>
                <span className="pj-percent">{formatPercent(found?.percent_of_denominator ?? 0, LANG)}</span>
                {status && <span className={`pj-status ${status}`}>{statusLabel(status, LANG)}</span>}
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="pj-wait">{tr('projector.noBase')}</p>
      )}

      <footer className="pj-foot">
        {closed && result ? (
          <>
            <div className="pj-elected" data-testid="pj-elected">
              <strong>{tr('count.result.elected', { n: result.elected.length })}</strong>{' '}
              {result.elected.length > 0 ? namesOf(result, result.elected).join(', ') : tr('count.result.nobody')}
            </div>
            <div className="pj-next">{nextStepText(result, LANG)}</div>
          </>
        ) : (
          <div className="pj-note">
            {result
              ? tr('projector.note', {
                  base: num(result.threshold.denominator),
                  needed: num(result.threshold.votes_needed),
                })
              : ''}
          </div>
        )}
      </footer>
    </div>
  );
}

function Big({ label, value, accent = false, testId }: { label: string; value: string; accent?: boolean; testId?: string }) {
  return (
    <div className={accent ? 'pj-big accent' : 'pj-big'}>
      <div className="pj-big-value" data-testid={testId}>
        {value}
      </div>
      <div className="pj-big-label">{label}</div>
    </div>
  );
}
