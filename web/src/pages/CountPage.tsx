// "Kiểm phiếu": one clerk's entry station for a round, the reconciliation of the stations and the
// close. Each station enters every ballot on its own (R-VALID is the engine's: the clerk types
// what the ballot shows); a ballot counts once the stations agree on it. Entries are appended,
// never edited: a correction is a later entry for the same ballot number. Keyboard first: one
// input, Enter sends, the next number comes, focus stays in the input.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import {
  checkScan,
  cleanStation,
  countApi,
  describeBallot,
  differences,
  flagsOf,
  invalidReasonLabel,
  loadStation,
  markOf,
  namesOf,
  needsCongressVote,
  heldNumbers,
  isScan,
  nextNumber,
  nextStepText,
  numberList,
  ownBallots,
  parseTyped,
  placesOfRound,
  previewBallot,
  saveStation,
  statusLabel,
  toggleTyped,
  typedText,
  STATION_KEY,
} from '../counting';
import type { BallotBody, CountView, Disagreement, Flags, Mark, OwnBallot } from '../counting';
import { electionApi, formatDateTime, formatPercent, kindLabel, roundKindLabel, shortDigest } from '../elections';
import type { Election, RuleError } from '../elections';
import { formatNumber } from '../format';
import { Field, FieldError } from '../components/Field';
import { useI18n } from '../i18n-context';
import { navigate } from '../router';
import './ElectionsPage.css';
import './CountPage.css';

function tabStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

// The count view, fetched again every two seconds while the round is open and at once after
// each ballot this station sends (requests never overlap; a request asked for meanwhile runs
// once after).
function useCount(round: number) {
  const [view, setView] = useState<CountView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = useRef(false);
  const again = useRef(false);
  const current = useRef(round);
  current.current = round;

  const refresh = useCallback(async () => {
    if (busy.current) {
      again.current = true;
      return;
    }
    busy.current = true;
    try {
      do {
        again.current = false;
        const asked = current.current;
        const next = await countApi.view(asked);
        if (asked === current.current) {
          setView(next);
          setError(null);
        }
      } while (again.current);
    } catch (reason) {
      setError((reason as Error).message);
    } finally {
      busy.current = false;
    }
  }, []);

  useEffect(() => {
    setView(null);
    void refresh();
  }, [round, refresh]);

  const closed = view?.round.closed ?? false;
  useEffect(() => {
    if (closed) return;
    const timer = window.setInterval(() => {
      if (!document.hidden) void refresh();
    }, 2000);
    return () => window.clearInterval(timer);
  }, [closed, refresh]);

  return { view: view && view.round.id === round ? view : null, error, refresh, setView };
}

export function CountPage({ round }: { round: number }) {
  const { t } = useI18n();
  const { view, error, refresh, setView } = useCount(round);
  const [station, setStation] = useState<string | null>(() => loadStation(tabStorage()));

  useEffect(() => {
    if (view) document.title = `${t('count.title', { n: view.round.number })} · ${view.election.title}`;
  }, [view, t]);

  if (!view) {
    return (
      <div className="count-page">
        {error ? (
          <div className="alert alert-error" role="alert">
            {t('common.error')}: {error}
          </div>
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
      </div>
    );
  }

  const closed = view.round.closed;
  return (
    <div className="count-page">
      <CountHeader
        view={view}
        station={closed ? null : station}
        onChangeStation={() => {
          try {
            tabStorage()?.removeItem(STATION_KEY);
          } catch {
            // Nothing kept: nothing to forget.
          }
          setStation(null);
        }}
      />
      {error && (
        <div className="alert alert-error" role="alert">
          {t('count.offline', { message: error })}
        </div>
      )}
      {!closed && !station && (
        <StationPrompt
          view={view}
          onChoose={(name) => {
            saveStation(tabStorage(), name);
            setStation(name);
          }}
        />
      )}
      {!closed && station && <Station key={station} view={view} station={station} refresh={refresh} />}
      {closed && <Result view={view} />}
      {!closed && <Reconciliation view={view} station={station} onClosed={setView} />}
    </div>
  );
}

function CountHeader({
  view,
  station,
  onChangeStation,
}: {
  view: CountView;
  station: string | null;
  onChangeStation: () => void;
}) {
  const { t, lang } = useI18n();
  const { election, round } = view;
  const places = placesOfRound(round, election.kind);
  return (
    <section className="panel count-head">
      <div className="count-head-main">
        <a
          className="back-link"
          href={`/elections/${encodeURIComponent(election.org_code)}/${election.term}/${election.id}`}
          onClick={(event) => {
            event.preventDefault();
            navigate({ page: 'elections', org: election.org_code, term: election.term, election: election.id });
          }}
        >
          ← {t('count.back')}
        </a>
        <h1 className="count-title">
          {t('count.title', { n: round.number })} <span className="count-title-sub">{election.title}</span>
        </h1>
        <p className="muted count-meta">
          {[
            kindLabel(election.kind, lang),
            roundKindLabel(round.kind, lang),
            t('count.elect', { seats: places, candidates: view.candidates.length }),
            t(view.form === 'struck' ? 'count.form.struck' : 'count.form.marks'),
            t('elections.clerksLong', { n: election.required_clerks }),
          ].join(' · ')}
        </p>
      </div>
      <div className="count-head-side">
        {station && (
          <div className="station-badge" data-testid="station" title={t('count.station')}>
            <strong>{station}</strong>
            <button type="button" className="link-button" onClick={onChangeStation}>
              {t('count.changeStation')}
            </button>
          </div>
        )}
        <a className="button" href={`/projector/${round.id}`} target="_blank" rel="noreferrer">
          {t('elections.projector')} ↗
        </a>
      </div>
    </section>
  );
}

function StationPrompt({ view, onChoose }: { view: CountView; onChoose: (name: string) => void }) {
  const { t, lang } = useI18n();
  const [name, setName] = useState('');
  const suggestions = Array.from({ length: Math.max(3, view.election.required_clerks) }, (_, i) =>
    t('count.stationDefault', { n: i + 1 }),
  );
  const working = new Map(view.clerks.map((c) => [c.clerk, c.entries]));
  const choose = (text: string) => {
    const clean = cleanStation(text);
    if (clean) onChoose(clean);
  };
  return (
    <section className="panel station-prompt" aria-labelledby="station-heading">
      <h2 className="panel-title" id="station-heading">
        {t('count.stationHeading')}
      </h2>
      <p className="hint">{t('count.stationHint', { n: view.election.required_clerks })}</p>
      <form
        className="station-form"
        onSubmit={(event) => {
          event.preventDefault();
          choose(name);
        }}
      >
        <Field id="station-name" name="clerk" label={t('count.stationName')}>
          <input
            id="station-name"
            autoFocus
            autoComplete="off"
            value={name}
            placeholder={t('count.stationDefault', { n: 1 })}
            onChange={(event) => setName(event.target.value)}
          />
        </Field>
        <button type="submit" className="button primary big" disabled={!cleanStation(name)}>
          {t('count.stationStart')}
        </button>
      </form>
      <div className="station-suggestions">
        {[...new Set([...suggestions, ...working.keys()])].map((suggestion) => (
          <button key={suggestion} type="button" className="button" onClick={() => choose(suggestion)}>
            {suggestion}
            {working.has(suggestion) && (
              <span className="muted">
                {' '}
                · {t('count.stationWorking', { n: formatNumber(working.get(suggestion) ?? 0, lang) })}
              </span>
            )}
          </button>
        ))}
      </div>
    </section>
  );
}

// One ballot on its way to the server.
interface Outgoing {
  key: number;
  number: number;
  body: BallotBody;
  retracted: boolean;
  qr?: string; // the ballot's QR code, scanned before it was typed
  status: 'waiting' | 'sending' | 'failed';
  error?: string;
}

interface Confirmed {
  number: number;
  body: BallotBody | null; // null: retracted
  correction: boolean;
}

const NO_FLAGS_STATE = { unofficial: false, marked: false };

function Station({ view, station, refresh }: { view: CountView; station: string; refresh: () => Promise<void> }) {
  const { t, lang } = useI18n();
  const round = view.round.id;
  const count = view.candidates.length;
  const form = view.form;
  const places = placesOfRound(view.round, view.election.kind);

  const [own, setOwn] = useState<Map<number, OwnBallot> | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [number, setNumber] = useState(1);
  const [typed, setTyped] = useState('');
  const [flags, setFlags] = useState(NO_FLAGS_STATE);
  const [writeIn, setWriteIn] = useState('');
  const [showWriteIn, setShowWriteIn] = useState(false);
  const [typeError, setTypeError] = useState<string | null>(null);
  const [outbox, setOutbox] = useState<Outgoing[]>([]);
  const [last, setLast] = useState<Confirmed | null>(null);
  // The election's QR payload, to check a scanned ballot against; the QR scanned for the next
  // ballot typed.
  const [qrPayload, setQrPayload] = useState<string | null>(null);
  const [scanned, setScanned] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const writeInInput = useRef<HTMLInputElement>(null);
  const panel = useRef<HTMLElement>(null);
  const queue = useRef<Outgoing[]>([]);
  const sending = useRef(false);
  const nextKey = useRef(1);
  const ownRef = useRef<Map<number, OwnBallot> | null>(null);

  // At once, not after the next render: a fast typist's next key must land in the input.
  const focus = () => input.current?.focus();

  // The station's own ballots so far (a reload resumes where it stopped).
  useEffect(() => {
    let live = true;
    countApi
      .entries(round, station)
      .then((found) => {
        if (!live) return;
        const ballots = ownBallots(found.items, count);
        ownRef.current = ballots;
        setOwn(ballots);
        setNumber(nextNumber(heldNumbers(ballots)));
      })
      .catch((reason: Error) => live && setLoadError(reason.message));
    return () => {
      live = false;
    };
  }, [round, station, count]);

  useEffect(() => {
    let live = true;
    electionApi
      .get(view.election.id)
      .then((election) => live && setQrPayload(election.qr_payload))
      .catch(() => live && setQrPayload(null));
    return () => {
      live = false;
    };
  }, [view.election.id]);

  // The input is enabled once the station's entries are read: the clerk can type at once.
  const ready = own !== null;
  useEffect(() => {
    if (ready) input.current?.focus();
  }, [ready]);

  // The highest ballot number this station holds or is sending (retracted numbers left out).
  const highest = useMemo(
    () =>
      Math.max(
        nextNumber(own ? heldNumbers(own) : []) - 1,
        ...outbox.filter((item) => !item.retracted).map((item) => item.number),
      ),
    [own, outbox],
  );

  const sync = () => setOutbox([...queue.current]);
  const pump = async () => {
    if (sending.current) return;
    sending.current = true;
    for (;;) {
      const item = queue.current.find((candidate) => candidate.status === 'waiting');
      if (!item) break;
      item.status = 'sending';
      sync();
      try {
        await countApi.enter(round, {
          clerk: station,
          number: item.number,
          ...item.body,
          ...(item.retracted ? { retracted: true } : {}),
          ...(item.qr ? { qr: item.qr } : {}),
        });
        queue.current = queue.current.filter((candidate) => candidate !== item);
        const next = new Map(ownRef.current ?? []);
        const correction = next.has(item.number);
        const ballot = item.retracted ? null : item.body;
        next.set(item.number, { number: item.number, ballot, retracted: item.retracted });
        ownRef.current = next;
        setOwn(next);
        setLast({ number: item.number, body: ballot, correction });
        void refresh();
      } catch (reason) {
        item.status = 'failed';
        item.error = (reason as RuleError).message;
      }
      sync();
    }
    sending.current = false;
  };

  const send = (entry: { number: number; body: BallotBody; retracted: boolean; qr?: string }) => {
    queue.current = [...queue.current, { key: nextKey.current++, ...entry, status: 'waiting' }];
    sync();
    void pump();
  };

  const currentFlags = (): Flags => ({
    unofficial: flags.unofficial,
    marked: flags.marked,
    write_in: writeIn.split(/[,;]/).map((name) => name.trim()).filter(Boolean),
  });

  const reset = (after: number) => {
    setTyped('');
    setFlags(NO_FLAGS_STATE);
    setWriteIn('');
    setShowWriteIn(false);
    setTypeError(null);
    setScanned(null);
    setNumber(Math.max(after, highest) + 1);
  };

  const submit = () => {
    const text = input.current?.value ?? typed;
    // A scanner typed the ballot's QR code: checked now, remembered for the ballot typed next.
    if (isScan(text)) {
      const scan = checkScan(text, qrPayload);
      setTyped('');
      setScanned(scan.ok ? scan.qr : null);
      setTypeError(scan.ok ? null : t(scan.error.key, scan.error.params));
      focus();
      return;
    }
    const parsed = parseTyped(text, form, count, currentFlags());
    if (!parsed.ok) {
      setTypeError(t(parsed.error.key, parsed.error.params));
      focus();
      return;
    }
    if (!Number.isInteger(number) || number < 1) {
      setTypeError(t('count.type.badNumber'));
      return;
    }
    send({ number, body: parsed.body, retracted: false, ...(scanned ? { qr: scanned } : {}) });
    reset(number);
    focus();
  };

  // Puts a ballot back in the input to send a correction for it.
  const loadForCorrection = (at: number, ballot: BallotBody | null) => {
    setNumber(at);
    setTyped(ballot ? typedText(ballot) : '');
    const loaded = ballot ? flagsOf(ballot) : { unofficial: false, marked: false, write_in: [] };
    setFlags({ unofficial: loaded.unofficial, marked: loaded.marked });
    setWriteIn(loaded.write_in.join(', '));
    setShowWriteIn(loaded.write_in.length > 0);
    setTypeError(null);
    panel.current?.scrollIntoView({ block: 'nearest' });
    focus();
  };

  const correctLast = () => {
    if (!last) return;
    loadForCorrection(last.number, last.body ?? own?.get(last.number)?.ballot ?? null);
  };

  const toggle = (flag: 'unofficial' | 'marked') => {
    setFlags((current) => ({ ...current, [flag]: !current[flag] }));
    focus();
  };

  const openWriteIn = () => {
    // Rendered now so that the name typed right after F3 goes into it.
    flushSync(() => setShowWriteIn(true));
    writeInInput.current?.focus();
  };

  // F2, F3, F4, F8 wherever the focus is: one key away from the input.
  const keys = useRef<(event: KeyboardEvent) => void>(() => {});
  keys.current = (event: KeyboardEvent) => {
    if (event.key === 'F2') toggle('unofficial');
    else if (event.key === 'F3') openWriteIn();
    else if (event.key === 'F4') toggle('marked');
    else if (event.key === 'F8') correctLast();
    else return;
    event.preventDefault();
  };
  useEffect(() => {
    const listener = (event: KeyboardEvent) => keys.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  // The re-entry asked for by the reconciliation panel.
  useEffect(() => {
    const listener = (event: Event) => {
      const detail = (event as CustomEvent<{ number: number; ballot: BallotBody | null }>).detail;
      loadForCorrection(detail.number, detail.ballot ?? own?.get(detail.number)?.ballot ?? null);
    };
    window.addEventListener('daihoi:reenter', listener);
    return () => window.removeEventListener('daihoi:reenter', listener);
  });

  const parsed = parseTyped(typed, form, count, currentFlags());
  const draft: BallotBody | null = parsed.ok ? parsed.body : null;
  const preview = draft ? previewBallot(draft, count, places) : null;
  const entered = own?.get(number) ?? null;
  const correcting = number <= highest && (entered !== null || outbox.some((item) => item.number === number));
  const ownCount = own ? [...own.values()].filter((ballot) => !ballot.retracted).length : 0;
  const failed = outbox.filter((item) => item.status === 'failed');
  const inFlight = outbox.filter((item) => item.status !== 'failed');
  const votes = useMemo(() => new Map((view.result?.candidates ?? []).map((c) => [c.id, c.votes])), [view.result]);
  const struckNow = (index: number): Mark => (draft ? markOf(draft, index) : 'agree');

  return (
    <div className="station-grid">
      <section className="panel entry-panel" ref={panel} aria-labelledby="entry-heading">
        <div className="entry-top">
          <h2 className="panel-title" id="entry-heading">
            {t('count.entryHeading')}
          </h2>
          <span className="muted" data-testid="own-count">
            {t('count.ownCount', { n: formatNumber(ownCount, lang), station })}
          </span>
        </div>
        {loadError && <FieldError text={loadError} />}
        <form
          className="entry-form"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <div className="entry-number">
            <label htmlFor="ballot-number">{t('count.ballotNumber')}</label>
            <input
              id="ballot-number"
              type="number"
              min={1}
              inputMode="numeric"
              value={Number.isFinite(number) ? number : ''}
              onChange={(event) => setNumber(Math.floor(Number(event.target.value)))}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  input.current?.focus();
                }
              }}
              data-testid="ballot-number"
            />
          </div>
          <div className="entry-field">
            <label htmlFor="ballot-typed">
              {form === 'struck' ? t('count.typeStruck') : t('count.typeMarks')}
            </label>
            <input
              id="ballot-typed"
              ref={input}
              className={typeError ? 'entry-input invalid' : 'entry-input'}
              autoFocus
              autoComplete="off"
              spellCheck={false}
              inputMode="text"
              value={typed}
              disabled={own === null}
              aria-invalid={Boolean(typeError)}
              aria-describedby="entry-help"
              onChange={(event) => {
                setTyped(event.target.value);
                setTypeError(null);
              }}
              onKeyDown={(event) => {
                // Enter sends (the form has two fields: no implicit submission).
                if (event.key === 'Enter') {
                  event.preventDefault();
                  submit();
                } else if (event.key === 'Escape') {
                  event.preventDefault();
                  if (typed || correcting) reset(highest);
                }
              }}
            />
          </div>
        </form>
        <p id="entry-help" className="entry-help">
          {form === 'struck' ? t('count.helpStruck') : t('count.helpMarks')}
        </p>
        {correcting && (
          <p className="entry-correcting" role="status">
            {t('count.correcting', {
              n: number,
              was: entered?.retracted
                ? t('count.ballot.retracted')
                : entered
                  ? describeBallot(entered.ballot, count, lang)
                  : t('count.sending'),
            })}
          </p>
        )}
        {showWriteIn && (
          <div className="write-in">
            <label htmlFor="write-in">{t('count.writeInLabel')}</label>
            <input
              id="write-in"
              ref={writeInInput}
              value={writeIn}
              autoComplete="off"
              onChange={(event) => setWriteIn(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  submit();
                } else if (event.key === 'Escape') {
                  event.preventDefault();
                  setWriteIn('');
                  setShowWriteIn(false);
                  focus();
                }
              }}
            />
          </div>
        )}
        <div className="entry-keys" role="group" aria-label={t('count.keys')}>
          <KeyButton keyName="F2" pressed={flags.unofficial} onClick={() => toggle('unofficial')}>
            {t('count.flag.unofficial')}
          </KeyButton>
          <KeyButton
            keyName="F3"
            pressed={writeIn.trim().length > 0}
            onClick={() => (showWriteIn ? (setShowWriteIn(false), setWriteIn(''), focus()) : openWriteIn())}
          >
            {t('count.flag.writeIn')}
          </KeyButton>
          <KeyButton keyName="F4" pressed={flags.marked} onClick={() => toggle('marked')}>
            {t('count.flag.marked')}
          </KeyButton>
          <KeyButton keyName="F8" pressed={false} disabled={!last} onClick={correctLast}>
            {last ? t('count.correctNumber', { n: last.number }) : t('count.correctLast')}
          </KeyButton>
          <KeyButton keyName="Esc" pressed={false} onClick={() => (reset(highest), focus())}>
            {t('count.clear')}
          </KeyButton>
        </div>
        <div className="entry-preview" aria-live="polite" data-testid="preview">
          {typeError ? (
            <span className="preview-error" role="alert">
              {typeError}
            </span>
          ) : scanned && !typed.trim() ? (
            <span data-testid="scanned">{t('count.scan.ready')}</span>
          ) : draft && typed.trim() ? (
            <>
              <span>
                {t('count.previewOf', { n: number })} {describeBallot(draft, count, lang)}
              </span>
              {preview && (
                <span className={preview.tooMany || preview.noneLeft ? 'preview-warn' : 'muted'}>
                  {preview.noneLeft
                    ? t('count.preview.noneLeft')
                    : preview.tooMany
                      ? t('count.preview.tooMany', { kept: preview.kept, places })
                      : t('count.preview.kept', { kept: preview.kept, places })}
                </span>
              )}
            </>
          ) : (
            <span className="muted">{t('count.previewEmpty')}</span>
          )}
        </div>
        <LastBallot
          last={last}
          inFlight={inFlight}
          count={count}
          onCorrect={correctLast}
          onRetract={() => {
            if (!last) return;
            send({ number: last.number, body: form === 'struck' ? { struck: [] } : { marks: {} }, retracted: true });
            // The highest number withdrawn: the next ballot takes it again.
            if (last.number === highest && number === highest + 1) setNumber(last.number);
            focus();
          }}
        />
        {failed.length > 0 && (
          <div className="alert alert-error" role="alert" data-testid="failed">
            {failed.map((item) => (
              <div key={item.key} className="failed-item">
                <span>{t('count.failed', { n: item.number, message: item.error ?? '' })}</span>
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    queue.current = queue.current.filter((candidate) => candidate !== item);
                    sync();
                    loadForCorrection(item.number, item.retracted ? null : item.body);
                  }}
                >
                  {t('count.retype', { n: item.number })}
                </button>
              </div>
            ))}
          </div>
        )}
      </section>

      <section className="panel names-panel" aria-labelledby="names-heading">
        <div className="entry-top">
          <h2 className="panel-title" id="names-heading">
            {t('count.names')}
          </h2>
          <span className="muted small">{t(form === 'struck' ? 'count.gridHintStruck' : 'count.gridHintMarks')}</span>
        </div>
        {/* Two columns read down, as a long printed ballot does. */}
        <ol
          className={`name-grid form-${form}${count > 14 ? ' two' : ''}`}
          style={{ ['--rows' as string]: count > 14 ? Math.ceil(count / 2) : count }}
          data-testid="names"
        >
          {view.candidates.map((candidate) => {
            const mark = struckNow(candidate.index);
            const shown = view.result ? (votes.get(candidate.id) ?? 0) : null;
            return (
              <li key={candidate.index}>
                <button
                  type="button"
                  className={`name-button mark-${mark}`}
                  aria-pressed={mark !== 'agree'}
                  data-index={candidate.index}
                  onClick={() => {
                    setTyped(toggleTyped(typed, form, count, candidate.index));
                    setTypeError(null);
                    focus();
                  }}
                >
                  <span className="name-number">{candidate.index + 1}</span>
                  <span className="name-text">{candidate.full_name}</span>
                  {form === 'marks' && <span className="name-mark">{t(`count.mark.${mark}`)}</span>}
                  {shown !== null && (
                    <span className="name-votes" title={t('count.votesSoFar')}>
                      {formatNumber(shown, lang)}
                    </span>
                  )}
                </button>
              </li>
            );
          })}
        </ol>
        {view.result && (
          <p className="muted small">
            {t('count.votesNote', {
              agreed: formatNumber(view.reconciliation.agreed, lang),
              needed: formatNumber(view.result.threshold.votes_needed, lang),
              base: formatNumber(view.result.threshold.denominator, lang),
            })}
          </p>
        )}
      </section>
    </div>
  );
}

function KeyButton({
  keyName,
  pressed,
  disabled = false,
  onClick,
  children,
}: {
  keyName: string;
  pressed: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={pressed ? 'key-button on' : 'key-button'}
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onClick}
    >
      <kbd>{keyName}</kbd>
      <span>{children}</span>
    </button>
  );
}

function LastBallot({
  last,
  inFlight,
  count,
  onCorrect,
  onRetract,
}: {
  last: Confirmed | null;
  inFlight: Outgoing[];
  count: number;
  onCorrect: () => void;
  onRetract: () => void;
}) {
  const { t, lang } = useI18n();
  return (
    <div className="last-ballot" aria-live="polite" data-testid="last-ballot">
      {inFlight.length > 0 && (
        <p className="muted sending">{t('count.sendingList', { list: numberList(inFlight.map((i) => i.number)) })}</p>
      )}
      {last ? (
        <div className="last-row">
          <span className="last-check" aria-hidden="true">
            ✓
          </span>
          <span className="last-text">
            {t(last.correction ? 'count.lastCorrected' : 'count.lastEntered', { n: last.number })}{' '}
            <strong>{last.body ? describeBallot(last.body, count, lang) : t('count.ballot.retracted')}</strong>
          </span>
          <span className="row-actions">
            <button type="button" className="button small" onClick={onCorrect}>
              {t('count.correctNumber', { n: last.number })}
            </button>
            {last.body && (
              <button type="button" className="button small" onClick={onRetract}>
                {t('count.retract', { n: last.number })}
              </button>
            )}
          </span>
        </div>
      ) : (
        <p className="muted">{t('count.nothingYet')}</p>
      )}
    </div>
  );
}

function Reconciliation({
  view,
  station,
  onClosed,
}: {
  view: CountView;
  station: string | null;
  onClosed: (view: CountView) => void;
}) {
  const { t, lang } = useI18n();
  const { reconciliation: rec } = view;
  return (
    <section className="panel reconciliation" aria-labelledby="rec-heading">
      <h2 className="panel-title" id="rec-heading">
        {t('count.rec.heading')}
      </h2>
      <div className="rec-figures">
        <Figure label={t('count.rec.agreed')} value={formatNumber(rec.agreed, lang)} testId="agreed" tone="ok" />
        <Figure
          label={t('count.rec.pending')}
          value={formatNumber(rec.pending.length, lang)}
          testId="pending"
          tone={rec.pending.length > 0 ? 'wait' : ''}
          note={rec.pending.length > 0 ? t('count.rec.numbers', { list: numberList(rec.pending) }) : undefined}
        />
        <Figure
          label={t('count.rec.disagreements')}
          value={formatNumber(rec.disagreements.length, lang)}
          testId="disagreements"
          tone={rec.disagreements.length > 0 ? 'bad' : ''}
        />
        <div className="rec-clerks">
          <span className="field-label">{t('count.rec.clerks', { n: view.election.required_clerks })}</span>
          {view.clerks.length === 0 ? (
            <span className="muted">{t('count.rec.noClerks')}</span>
          ) : (
            <ul>
              {view.clerks.map((clerk) => (
                <li key={clerk.clerk} className={clerk.clerk === station ? 'own' : ''}>
                  <strong>{clerk.clerk}</strong>: {t('count.rec.entries', { n: formatNumber(clerk.entries, lang) })}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      {rec.disagreements.length > 0 && (
        <div className="disagreements" data-testid="disagreement-list">
          {rec.disagreements.map((disagreement) => (
            <DisagreementCard key={disagreement.number} view={view} disagreement={disagreement} station={station} />
          ))}
        </div>
      )}
      <CloseForm view={view} onClosed={onClosed} />
    </section>
  );
}

function Figure({
  label,
  value,
  testId,
  tone,
  note,
}: {
  label: string;
  value: string;
  testId: string;
  tone: string;
  note?: string;
}) {
  return (
    <div className={`rec-figure ${tone}`}>
      <div className="rec-value" data-testid={testId}>
        {value}
      </div>
      <div className="rec-label">{label}</div>
      {note && <div className="rec-note muted">{note}</div>}
    </div>
  );
}

function DisagreementCard({
  view,
  disagreement,
  station,
}: {
  view: CountView;
  disagreement: Disagreement;
  station: string | null;
}) {
  const { t, lang } = useI18n();
  const count = view.candidates.length;
  const ballots = disagreement.versions.map((version) => version.ballot);
  const diff = differences(ballots, count);
  // The names any version does not simply keep, and every name where they differ.
  const rows = view.candidates.filter(
    (candidate) => diff.indexes.has(candidate.index) || ballots.some((b) => b && markOf(b, candidate.index) !== 'agree'),
  );
  const mine = disagreement.versions.find((version) => version.clerk === station);
  return (
    <article className="disagreement" data-testid="disagreement" data-number={disagreement.number}>
      <header className="disagreement-head">
        <h3>{t('count.rec.ballot', { n: disagreement.number })}</h3>
        {station && (
          <button
            type="button"
            className="button primary"
            onClick={() =>
              window.dispatchEvent(
                new CustomEvent('daihoi:reenter', {
                  detail: { number: disagreement.number, ballot: mine?.ballot ?? null },
                }),
              )
            }
          >
            {t('count.rec.reenter', { n: disagreement.number, station })}
          </button>
        )}
      </header>
      <div className="table-scroll">
        <table className="table versions">
          <thead>
            <tr>
              <th className="num">{t('elections.col.position')}</th>
              <th>{t('roll.col.name')}</th>
              {disagreement.versions.map((version) => (
                <th key={version.clerk} className={version.clerk === station ? 'own' : ''}>
                  {version.clerk}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((candidate) => (
              <tr key={candidate.index} className={diff.indexes.has(candidate.index) ? 'differs' : ''}>
                <td className="num">{candidate.index + 1}</td>
                <td>{candidate.full_name}</td>
                {disagreement.versions.map((version) => (
                  <td key={version.clerk} data-clerk={version.clerk}>
                    {version.ballot ? (
                      <MarkCell mark={markOf(version.ballot, candidate.index)} form={view.form} />
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className={diff.flags ? 'differs' : ''}>
              <th colSpan={2}>{t('count.rec.summary')}</th>
              {disagreement.versions.map((version) => (
                <td key={version.clerk} data-testid="version" data-clerk={version.clerk}>
                  {describeBallot(version.ballot, count, lang)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </article>
  );
}

function MarkCell({ mark, form }: { mark: Mark; form: CountView['form'] }) {
  const { t } = useI18n();
  if (form === 'struck') {
    return mark === 'disagree' ? (
      <span className="cell-struck">{t('count.cell.struck')}</span>
    ) : (
      <span className="muted">{t('count.cell.kept')}</span>
    );
  }
  return <span className={`cell-${mark}`}>{t(`count.mark.${mark}`)}</span>;
}

function CloseForm({ view, onClosed }: { view: CountView; onClosed: (view: CountView) => void }) {
  const { t, lang } = useI18n();
  const rec = view.reconciliation;
  const [issued, setIssued] = useState('');
  const [convened, setConvened] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const needConvened = view.result === null;

  const close = async () => {
    setBusy(true);
    setError(null);
    try {
      const closed = await countApi.close(view.round.id, {
        issued: issued.trim() ? Number(issued) : null,
        ...(needConvened ? { convened: convened.trim() ? Number(convened) : null } : {}),
      });
      onClosed(closed);
    } catch (reason) {
      const failure = reason as RuleError;
      setError({ field: failure.field ?? '', message: failure.message });
      setConfirming(false);
    }
    setBusy(false);
  };

  const why = rec.closable
    ? t('count.close.ready', { n: formatNumber(rec.agreed, lang) })
    : rec.agreed + rec.pending.length + rec.disagreements.length === 0
      ? t('count.close.empty')
      : t('count.close.notYet', {
          pending: rec.pending.length,
          disagreements: rec.disagreements.length,
          clerks: view.election.required_clerks,
        });

  return (
    <div className="close-form">
      <h3>{t('count.close.heading')}</h3>
      <p className={rec.closable ? 'close-why ready' : 'close-why muted'}>{why}</p>
      <form
        className="close-row"
        onSubmit={(event) => {
          event.preventDefault();
          setConfirming(true);
        }}
      >
        <Field
          id="issued"
          name="issued"
          label={t('count.close.issued')}
          error={error?.field === 'issued' ? error.message : null}
        >
          <input
            id="issued"
            type="number"
            min={0}
            inputMode="numeric"
            value={issued}
            onChange={(event) => {
              setIssued(event.target.value);
              setConfirming(false);
            }}
          />
        </Field>
        {needConvened && (
          <Field
            id="convened"
            name="convened"
            label={t('count.close.convened')}
            error={error?.field === 'convened' ? error.message : null}
            hint={t('count.close.convenedHint')}
          >
            <input
              id="convened"
              type="number"
              min={1}
              inputMode="numeric"
              value={convened}
              onChange={(event) => setConvened(event.target.value)}
            />
          </Field>
        )}
        {!confirming && (
          <button type="submit" className="button primary big" disabled={!rec.closable || busy}>
            {t('count.close.button')}
          </button>
        )}
      </form>
      {confirming && (
        <div className="lock-confirm" role="group">
          <p>
            {t('count.close.confirm', {
              agreed: formatNumber(rec.agreed, lang),
              issued: issued.trim() ? formatNumber(Number(issued), lang) : t('count.close.issuedUnknown'),
            })}
          </p>
          <div className="row-actions">
            <button type="button" className="button primary" autoFocus disabled={busy} onClick={() => void close()}>
              {t('count.close.yes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('elections.cancel')}
            </button>
          </div>
        </div>
      )}
      {error && !['issued', 'convened'].includes(error.field) && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
    </div>
  );
}

function Result({ view }: { view: CountView }) {
  const { t, lang } = useI18n();
  const result = view.result;
  const [election, setElection] = useState<Election | null>(null);
  const [decided, setDecided] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [verified, setVerified] = useState<string | null>(null);

  useEffect(() => {
    electionApi
      .get(view.election.id)
      .then(setElection)
      .catch(() => setElection(null));
  }, [view.election.id]);

  if (!result) return null;
  const following = election?.rounds.find((round) => round.number === view.round.number + 1) ?? null;
  const needsVote = needsCongressVote(result.next, view.election.kind, view.round.number);
  const positions = new Map(view.candidates.map((c) => [c.id, c.index + 1]));
  const invalid = Object.entries(result.ballots.invalid_by_reason).filter(([, n]) => n > 0);

  const openNext = async () => {
    setError(null);
    try {
      const opened = await countApi.next(view.round.id, decided);
      navigate({ page: 'count', round: opened.id });
    } catch (reason) {
      const failure = reason as RuleError;
      setError(failure.rule ? `${failure.rule}: ${failure.message}` : failure.message);
    }
  };

  return (
    <section className="panel result" aria-labelledby="result-heading" data-testid="result">
      <div className="result-head">
        <div>
          <h2 className="panel-title" id="result-heading">
            {t('count.result.heading', { n: view.round.number })}
          </h2>
          <p className="muted">{t('count.result.closedAt', { at: formatDateTime(view.round.closed_at, lang) })}</p>
        </div>
        <a className="button primary" href={countApi.minutesUrl(view.round.id)}>
          {t('count.result.minutes')}
        </a>
      </div>
      <div className="result-figures">
        <ResultFigure label={t('count.result.issued')} value={result.ballots.issued} testId="r-issued" />
        <ResultFigure label={t('count.result.received')} value={result.ballots.received} testId="r-received" />
        <ResultFigure label={t('count.result.valid')} value={result.ballots.valid} testId="r-valid" />
        <ResultFigure label={t('count.result.invalid')} value={result.ballots.invalid} testId="r-invalid" />
        <ResultFigure label={t('count.result.base')} value={result.threshold.denominator} testId="r-base" strong />
        <ResultFigure label={t('count.result.needed')} value={result.threshold.votes_needed} testId="r-needed" strong />
      </div>
      <p className="muted small">
        {t('count.result.baseNote', {
          convened: formatNumber(result.threshold.convened, lang),
          excluded: formatNumber(result.threshold.excluded, lang),
        })}
        {invalid.length > 0 &&
          ` · ${t('count.result.invalidReasons')}: ${invalid
            .map(([reason, n]) => `${invalidReasonLabel(reason, lang)} ${formatNumber(n, lang)}`)
            .join(', ')}`}
      </p>
      <div className="table-scroll">
        <table className="table result-table" data-testid="result-table">
          <thead>
            <tr>
              <th className="num">{t('elections.col.position')}</th>
              <th>{t('roll.col.name')}</th>
              <th className="num">{t('count.result.votes')}</th>
              <th className="num">{t('count.result.percentBase')}</th>
              <th className="num">{t('count.result.percentValid')}</th>
              <th>{t('count.result.status')}</th>
            </tr>
          </thead>
          <tbody>
            {result.candidates.map((candidate) => (
              <tr key={candidate.id} data-id={candidate.id} className={`status-row ${candidate.status}`}>
                <td className="num">{positions.get(candidate.id) ?? ''}</td>
                <td className="strong">{candidate.name}</td>
                <td className="num" data-col="votes">
                  {formatNumber(candidate.votes, lang)}
                </td>
                <td className="num" data-col="percent">
                  {formatPercent(candidate.percent_of_denominator, lang)}
                </td>
                <td className="num muted">{formatPercent(candidate.percent_of_valid, lang)}</td>
                <td data-col="status">
                  <span className={`result-status ${candidate.status}`}>{statusLabel(candidate.status, lang)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="result-outcome">
        <p data-testid="elected">
          <strong>{t('count.result.elected', { n: result.elected.length })}</strong>{' '}
          {result.elected.length > 0 ? namesOf(result, result.elected).join(', ') : t('count.result.nobody')}
        </p>
        {result.alternates.length > 0 && (
          <p>
            <strong>{t('count.result.alternates', { n: result.alternates.length })}</strong>{' '}
            {namesOf(result, result.alternates).join(', ')}
          </p>
        )}
        <p className={result.next === 'none' ? 'next-step done' : 'next-step'} data-testid="next-step">
          {nextStepText(result, lang)}
        </p>
        {result.next !== 'none' &&
          (following ? (
            <a
              className="button primary"
              href={`/count/${following.id}`}
              onClick={(event) => {
                event.preventDefault();
                navigate({ page: 'count', round: following.id });
              }}
            >
              {t('count.result.openFollowing', { n: following.number })}
            </a>
          ) : (
            <div className="next-actions">
              {needsVote && (
                <label className="checkbox">
                  <input type="checkbox" checked={decided} onChange={(event) => setDecided(event.target.checked)} />
                  {t('count.result.congressDecided')}
                </label>
              )}
              <button
                type="button"
                className="button primary"
                disabled={needsVote && !decided}
                onClick={() => void openNext()}
              >
                {t(result.next === 'revote_tied' ? 'count.result.openRevote' : 'count.result.openFurther', {
                  n: view.round.number + 1,
                })}
              </button>
            </div>
          ))}
        {error && (
          <div className="alert alert-error" role="alert">
            {error}
          </div>
        )}
      </div>
      <div className="chain">
        <span>
          {t('count.result.chain')}{' '}
          <span className="mono" title={view.round.chain_head ?? view.chain.head} data-testid="chain-head">
            {shortDigest(view.round.chain_head ?? view.chain.head)}
          </span>
        </span>
        <button
          type="button"
          className="link-button"
          onClick={() =>
            void countApi
              .verify(view.round.id)
              .then((check) =>
                setVerified(
                  check.ok
                    ? t('count.result.chainOk', { n: formatNumber(check.entries, lang) })
                    : t('count.result.chainBad', { seq: check.first_bad_seq ?? '?' }),
                ),
              )
              .catch((reason: Error) => setVerified(reason.message))
          }
        >
          {t('count.result.verify')}
        </button>
        {verified && <span role="status">{verified}</span>}
      </div>
    </section>
  );
}

function ResultFigure({
  label,
  value,
  testId,
  strong = false,
}: {
  label: string;
  value: number | null | undefined; // "issued" is left out of the result when not given
  testId: string;
  strong?: boolean;
}) {
  const { lang } = useI18n();
  return (
    <div className={strong ? 'stat strong-stat' : 'stat'}>
      <div className="stat-value" data-testid={testId}>
        {value === null || value === undefined ? '—' : formatNumber(value, lang)}
      </div>
      <div className="stat-label">{label}</div>
    </div>
  );
}
