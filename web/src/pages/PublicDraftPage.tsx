// "Góp ý dự thảo" — the public page of a draft published to citizens (/gop-y/<id>): no account,
// no menus of the app, readable on a phone. The draft by section with a table of contents; a
// citizen comments on a section ("Góp ý mục này") or on a passage they select; the form asks
// for a name, an optional contact and the text, and carries a hidden field people leave empty
// (the honeypot). The server checks everything again (size, rate, honeypot) and keeps the
// comment pending until the documents subcommittee shows it.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import {
  DocumentsError,
  cleanQuote,
  PUBLIC_LIMITS,
  charCount,
  publicApi,
  publicFormProblems,
  quoteOccurrence,
  sectionAnchor,
  sectionTitle,
} from '../documents';
import type { PublicDraft, PublicFormProblem, Section } from '../documents';
import { formatDate, formatNumber } from '../format';
import { useI18n } from '../i18n-context';
import type { MessageKey } from '../i18n';
import './PublicDraftPage.css';

interface Target {
  section: number; // 0: the whole draft
  quote: string;
  occurrence: number;
}

const PROBLEM_KEYS: Record<PublicFormProblem, MessageKey> = {
  textRequired: 'documents.public.textRequired',
  textTooLong: 'documents.public.textTooLong',
  nameTooLong: 'documents.public.nameTooLong',
  contactTooLong: 'documents.public.contactTooLong',
};

const PROBLEM_LIMITS: Record<PublicFormProblem, number> = {
  textRequired: 0,
  textTooLong: PUBLIC_LIMITS.text,
  nameTooLong: PUBLIC_LIMITS.name,
  contactTooLong: PUBLIC_LIMITS.contact,
};

// The selection inside one paragraph of the page as a quote of its section, or null.
function selectedQuote(sections: Section[]): Target | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const start = (range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement)?.closest(
    '[data-paragraph]',
  );
  const end = (range.endContainer instanceof Element ? range.endContainer : range.endContainer.parentElement)?.closest(
    '[data-paragraph]',
  );
  if (!start || !end || start !== end) return null; // one paragraph at a time
  const ordinal = Number(start.getAttribute('data-section'));
  const index = Number(start.getAttribute('data-paragraph'));
  const section = sections.find((candidate) => candidate.ordinal === ordinal);
  if (!section) return null;
  const raw = selection.toString();
  const quote = cleanQuote(raw);
  if (charCount(quote) < 3) return null;
  const before = document.createRange();
  before.setStart(start, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const offset = before.toString().length + (raw.length - raw.trimStart().length);
  const paragraphs = section.paragraphs.map((paragraph) => paragraph.text);
  return { section: ordinal, quote, occurrence: quoteOccurrence(paragraphs, index, offset, quote) };
}

function CommentForm({
  draft,
  target,
  onSent,
  onCancel,
}: {
  draft: PublicDraft;
  target: Target;
  onSent: () => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [text, setText] = useState('');
  const [website, setWebsite] = useState('');
  const [problems, setProblems] = useState<PublicFormProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => textRef.current?.focus(), []);
  const section = draft.sections.find((candidate) => candidate.ordinal === target.section);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = publicFormProblems({ text, name, contact });
    setProblems(found);
    if (found.length > 0) return;
    setSending(true);
    setError(null);
    publicApi
      .comment(draft.version_id, {
        section: target.section,
        quote: target.quote,
        occurrence: target.occurrence,
        text,
        name,
        contact,
        website,
      })
      .then(onSent)
      .catch((reason: DocumentsError) => {
        if (reason.status === 429) {
          const minutes = Math.max(1, Math.ceil((reason.retryAfter ?? 600) / 60));
          setError(t('documents.public.tooMany', { minutes }));
        } else if (reason.status === 413) {
          setError(t('documents.public.textTooLong', { max: formatNumber(PUBLIC_LIMITS.text, lang) }));
        } else {
          setError(reason.message);
        }
      })
      .finally(() => setSending(false));
  };

  return (
    <div className="pd-overlay">
      <form className="pd-form" role="dialog" aria-modal="true" aria-labelledby="pd-form-title" onSubmit={submit}>
        <h2 id="pd-form-title">{t('documents.public.formTitle')}</h2>
        <p className="pd-form-target">
          {t('documents.public.on')} <strong>{sectionTitle(section, target.section, lang)}</strong>
        </p>
        {target.quote ? (
          <blockquote className="pd-quote" data-testid="pd-quote">
            “{target.quote}”
          </blockquote>
        ) : null}
        <label className="pd-field">
          <span>{t('documents.public.name')}</span>
          <input value={name} onChange={(event) => setName(event.target.value)} autoComplete="name" />
        </label>
        <label className="pd-field">
          <span>{t('documents.public.contact')}</span>
          <input value={contact} onChange={(event) => setContact(event.target.value)} autoComplete="email" />
        </label>
        <label className="pd-field">
          <span>{t('documents.public.text')}</span>
          <textarea ref={textRef} rows={7} value={text} onChange={(event) => setText(event.target.value)} />
          <small className="pd-counter">
            {formatNumber(charCount(text), lang)} / {formatNumber(PUBLIC_LIMITS.text, lang)}
          </small>
        </label>
        {/* Hidden from people (off-screen, out of the tab order); a robot filling every field fills it. */}
        <div className="pd-hp" aria-hidden="true">
          <label>
            Website
            <input
              name="website"
              tabIndex={-1}
              autoComplete="off"
              value={website}
              onChange={(event) => setWebsite(event.target.value)}
            />
          </label>
        </div>
        {problems.length > 0 ? (
          <ul className="pd-problems" role="alert">
            {problems.map((problem) => (
              <li key={problem}>{t(PROBLEM_KEYS[problem], { max: formatNumber(PROBLEM_LIMITS[problem], lang) })}</li>
            ))}
          </ul>
        ) : null}
        {error ? (
          <p className="pd-error" role="alert">
            {error}
          </p>
        ) : null}
        <p className="pd-privacy">{t('documents.public.privacy')}</p>
        <div className="pd-actions">
          <button type="submit" className="pd-primary" disabled={sending}>
            {t('documents.public.send')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('documents.public.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}

export function PublicDraftPage({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<PublicDraft | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const [target, setTarget] = useState<Target | null>(null);
  const [selection, setSelection] = useState<Target | null>(null);
  const [sent, setSent] = useState(false);

  useEffect(() => {
    publicApi
      .draft(id)
      .then((loaded) => {
        setDraft(loaded);
        document.title = loaded.title;
      })
      .catch((reason: DocumentsError) =>
        setMissing(reason.status === 404 ? t('documents.public.notFound') : reason.message),
      );
  }, [id, t]);

  // A passage selected in one paragraph offers "Góp ý đoạn đã chọn".
  const onSelection = useCallback(() => {
    if (!draft || target) return;
    setSelection(selectedQuote(draft.sections));
  }, [draft, target]);
  useEffect(() => {
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, [onSelection]);

  const open = (next: Target) => {
    setSent(false);
    setSelection(null);
    setTarget(next);
  };

  if (missing) {
    return (
      <div className="pd-page">
        <p className="pd-missing" role="alert">
          {missing}
        </p>
      </div>
    );
  }
  if (!draft) {
    return (
      <div className="pd-page">
        <p className="pd-loading">{t('common.loading')}</p>
      </div>
    );
  }

  const dates = { open: formatDate(draft.open, 'vi'), close: formatDate(draft.close, 'vi') };
  return (
    <div className="pd-page">
      <header className="pd-header">
        <p className="pd-portal">{t('documents.public.portal')}</p>
        <p className="pd-org">{draft.org_name}</p>
        <h1 className="pd-title">{draft.title}</h1>
        <p className="pd-meta">
          {t('documents.public.version', { number: draft.number })} ·{' '}
          {t('documents.public.period', dates)}
        </p>
      </header>

      {draft.state !== 'open' ? (
        <p className="pd-closed" role="status" data-testid="pd-closed">
          {draft.state === 'not_yet_open' ? t('documents.public.notYetOpen', dates) : t('documents.public.closed', dates)}
        </p>
      ) : (
        <>
          <p className="pd-howto">{t('documents.public.howto')}</p>
          {sent ? (
            <p className="pd-sent" role="status" data-testid="pd-sent">
              {t('documents.public.sent')}
            </p>
          ) : null}
          <nav className="pd-toc" aria-label={t('documents.public.toc')}>
            <h2>{t('documents.public.toc')}</h2>
            <ol>
              {draft.sections.map((section) => (
                <li key={section.ordinal} className={`pd-toc-level-${section.level}`}>
                  <a href={`#${sectionAnchor(section.ordinal)}`}>{sectionTitle(section, section.ordinal, lang)}</a>
                </li>
              ))}
            </ol>
            <button type="button" className="pd-general" onClick={() => open({ section: 0, quote: '', occurrence: 0 })}>
              {t('documents.public.commentGeneral')}
            </button>
          </nav>
          <main className="pd-body">
            {draft.sections.map((section) => {
              const Heading = section.level >= 3 ? 'h4' : section.level === 2 ? 'h3' : 'h2';
              return (
                <section key={section.ordinal} id={sectionAnchor(section.ordinal)} className="pd-section">
                  {section.heading ? <Heading className="pd-heading">{section.heading}</Heading> : null}
                  {section.paragraphs.map((paragraph, index) => (
                    <p
                      key={paragraph.key}
                      className="pd-paragraph"
                      data-section={section.ordinal}
                      data-paragraph={index}
                    >
                      {paragraph.text}
                    </p>
                  ))}
                  <div className="pd-section-actions">
                    <button
                      type="button"
                      className="pd-comment-section"
                      onClick={() => open({ section: section.ordinal, quote: '', occurrence: 0 })}
                    >
                      {t('documents.public.commentSection')}
                    </button>
                    {section.comments ? (
                      <span className="pd-count">{t('documents.public.comments', { n: formatNumber(section.comments, lang) })}</span>
                    ) : null}
                  </div>
                </section>
              );
            })}
          </main>
          {selection && !target ? (
            <div className="pd-selection-bar">
              <button type="button" className="pd-primary" onClick={() => open(selection)}>
                {t('documents.public.commentQuote')}
              </button>
            </div>
          ) : null}
          {target ? (
            <CommentForm
              draft={draft}
              target={target}
              onCancel={() => setTarget(null)}
              onSent={() => {
                setTarget(null);
                setSent(true);
                window.getSelection()?.removeAllRanges();
                window.scrollTo({ top: 0 });
              }}
            />
          ) : null}
        </>
      )}
      <footer className="pd-footer">{t('documents.public.footer')}</footer>
    </div>
  );
}
