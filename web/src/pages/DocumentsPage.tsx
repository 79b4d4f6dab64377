// "Văn kiện" — the draft documents of a congress and the consultation on them, for the
// documents subcommittee and the units' clerks: drafts and their versions (import a .docx, .md or
// .txt file), publishing a version to the public and/or subordinate units between two dates, the
// diff of two versions, a unit's meeting comments entered by its clerk, the moderation queue of
// citizens' comments, and the synthesis — counts per section and unit, groups of near-duplicate
// comments with their count, a disposition per group or comment — with its exports. The server
// decides who may do what; the page shows what it answers.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../api';
import { authApi } from '../auth';
import type { Grant } from '../auth';
import { addDays, todayIso } from '../dates';
import {
  barWidth,
  commentingUnits,
  diffCandidates,
  documentsApi,
  maxCount,
  needsExplanation,
  sectionTitle,
  unitName,
} from '../documents';
import type {
  Comment,
  CommentFilters,
  CommentGroup,
  CountRow,
  Disposition,
  DispositionWord,
  DocumentKind,
  DocumentsError,
  DocumentSummary,
  DraftDiff,
  DraftView,
  Section,
  Synthesis,
} from '../documents';
import { formatDate, formatNumber } from '../format';
import { useI18n } from '../i18n-context';
import type { MessageKey } from '../i18n';
import { navigate } from '../router';
import './DocumentsPage.css';

type Tab = 'content' | 'publish' | 'diff' | 'unit' | 'moderation' | 'comments' | 'synthesis';
const TABS: { tab: Tab; key: MessageKey }[] = [
  { tab: 'content', key: 'documents.tab.content' },
  { tab: 'publish', key: 'documents.tab.publish' },
  { tab: 'diff', key: 'documents.tab.diff' },
  { tab: 'unit', key: 'documents.tab.unit' },
  { tab: 'moderation', key: 'documents.tab.moderation' },
  { tab: 'comments', key: 'documents.tab.comments' },
  { tab: 'synthesis', key: 'documents.tab.synthesis' },
];

const KINDS: DocumentKind[] = ['political_report', 'review_report', 'other'];
const KIND_KEYS: Record<DocumentKind, MessageKey> = {
  political_report: 'documents.kind.political_report',
  review_report: 'documents.kind.review_report',
  other: 'documents.kind.other',
};
const DISPOSITIONS: DispositionWord[] = ['accepted', 'explained', 'not_accepted'];
const DISPOSITION_KEYS: Record<DispositionWord, MessageKey> = {
  accepted: 'documents.disposition.accepted',
  explained: 'documents.disposition.explained',
  not_accepted: 'documents.disposition.not_accepted',
};

function useNotice() {
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const fail = useCallback((reason: DocumentsError) => {
    setNotice(null);
    setError(reason.message);
  }, []);
  const done = useCallback((message: string) => {
    setError(null);
    setNotice(message);
  }, []);
  const view = (
    <>
      {error ? (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      {notice ? (
        <p className="alert alert-success" role="status">
          {notice}
        </p>
      ) : null}
    </>
  );
  return { fail, done, view, clear: () => (setError(null), setNotice(null)) };
}

function SectionSelect({
  sections,
  value,
  onChange,
  any,
  label,
}: {
  sections: Section[];
  value: string;
  onChange: (value: string) => void;
  any?: boolean;
  label: string;
}) {
  const { t, lang } = useI18n();
  return (
    <label className="doc-field">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {any ? <option value="">{t('documents.filter.any')}</option> : null}
        <option value="0">{sectionTitle(undefined, 0, lang)}</option>
        {sections.map((section) => (
          <option key={section.ordinal} value={String(section.ordinal)}>
            {sectionTitle(section, section.ordinal, lang)}
          </option>
        ))}
      </select>
    </label>
  );
}

// A disposition (tiếp thu / giải trình / không tiếp thu) with its explanation, for a group or
// a comment.
function DispositionEditor({
  current,
  inherited,
  onSave,
  testId,
}: {
  current: Disposition | null;
  inherited?: Disposition | null;
  onSave: (disposition: DispositionWord | null, explanation: string) => Promise<unknown>;
  testId: string;
}) {
  const { t } = useI18n();
  const [word, setWord] = useState<DispositionWord | ''>(current?.disposition ?? '');
  const [explanation, setExplanation] = useState(current?.explanation ?? '');
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    setWord(current?.disposition ?? '');
    setExplanation(current?.explanation ?? '');
  }, [current]);
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (needsExplanation(word) && !explanation.trim()) {
      setProblem(t('documents.disposition.explanationRequired'));
      return;
    }
    setProblem(null);
    setSaving(true);
    onSave(word === '' ? null : word, explanation)
      .catch((reason: DocumentsError) => setProblem(reason.message))
      .finally(() => setSaving(false));
  };
  return (
    <form className="doc-disposition" onSubmit={save} data-testid={testId}>
      <select
        aria-label={t('documents.disposition.label')}
        value={word}
        onChange={(event) => setWord(event.target.value as DispositionWord | '')}
      >
        <option value="">
          {inherited ? t('documents.disposition.followGroup', { label: inherited.label }) : t('documents.disposition.none')}
        </option>
        {DISPOSITIONS.map((item) => (
          <option key={item} value={item}>
            {t(DISPOSITION_KEYS[item])}
          </option>
        ))}
      </select>
      <input
        aria-label={t('documents.disposition.explanation')}
        placeholder={t('documents.disposition.explanation')}
        value={explanation}
        onChange={(event) => setExplanation(event.target.value)}
      />
      <button type="submit" className="button" disabled={saving}>
        {t('documents.disposition.save')}
      </button>
      {problem ? (
        <span className="field-error" role="alert">
          {problem}
        </span>
      ) : null}
    </form>
  );
}

function Bars({ rows, label, testId }: { rows: { key: string; label: string; row: CountRow }[]; label: string; testId: string }) {
  const { t, lang } = useI18n();
  const max = maxCount(rows.map((item) => item.row));
  return (
    <table className="table doc-bars" data-testid={testId}>
      <thead>
        <tr>
          <th>{label}</th>
          <th className="num">{t('documents.synthesis.comments')}</th>
          <th>{t('documents.synthesis.bar')}</th>
          <th className="num">{t('documents.synthesis.agreed')}</th>
          <th className="num">{t('documents.synthesis.undecided')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, label: name, row }) => (
          <tr key={key}>
            <td>{name}</td>
            <td className="num">{formatNumber(row.comments, lang)}</td>
            <td className="doc-bar-cell">
              <span className="doc-bar" role="img" aria-label={`${name}: ${row.comments}`}>
                <span className="doc-bar-fill" style={{ width: `${barWidth(row.comments, max)}%` }} />
              </span>
            </td>
            <td className="num">{formatNumber(row.agreed_members, lang)}</td>
            <td className="num">{formatNumber(row.undecided, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ContentTab({ view }: { view: DraftView }) {
  const { t, lang } = useI18n();
  return (
    <div className="doc-content">
      <p className="muted">
        {t('documents.version.meta', {
          status: view.version.status_label,
          sections: view.version.sections,
          paragraphs: view.version.paragraphs,
        })}
        {view.version.source_name ? ` · ${t('documents.version.source', { file: view.version.source_name })}` : ''}
      </p>
      {view.version.change_log ? <p className="doc-changelog">{view.version.change_log}</p> : null}
      {view.content.sections.map((section) => (
        <section key={section.ordinal} className="doc-section">
          <h3 className={`doc-heading level-${section.level}`}>{sectionTitle(section, section.ordinal, lang)}</h3>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph.key} className="doc-paragraph">
              <span className="doc-key">{paragraph.key}</span> {paragraph.text}
            </p>
          ))}
        </section>
      ))}
    </div>
  );
}

function PublishTab({ view, onChanged }: { view: DraftView; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const { fail, done, view: messages } = useNotice();
  const current = view.publication;
  const [isPublic, setIsPublic] = useState(current?.is_public ?? true);
  const [units, setUnits] = useState<string[]>(current?.units ?? []);
  const [open, setOpen] = useState(current?.open ?? todayIso());
  const [close, setClose] = useState(current?.close ?? addDays(todayIso(), 30));
  const [children, setChildren] = useState<{ code: string; name: string }[]>([]);
  useEffect(() => {
    api
      .children(view.document.org_code, 0, 500)
      .then((page) => setChildren(page.items.map((item) => ({ code: item.code, name: item.name }))))
      .catch(() => setChildren([]));
  }, [view.document.org_code]);
  const toggle = (code: string) =>
    setUnits((list) => (list.includes(code) ? list.filter((item) => item !== code) : [...list, code]));
  const publish = (event: FormEvent) => {
    event.preventDefault();
    documentsApi
      .publish(view.version.id, { public: isPublic, units, open, close })
      .then(() => {
        done(t('documents.publish.done'));
        onChanged();
      })
      .catch(fail);
  };
  const publicLink = `${window.location.origin}/gop-y/${view.version.id}`;
  return (
    <div>
      {current ? (
        <div className="doc-publication" data-testid="doc-publication">
          <p>
            {t('documents.publish.current', { open: formatDate(current.open, lang), close: formatDate(current.close, lang) })}
          </p>
          {current.is_public ? (
            <p>
              {t('documents.publish.publicLink')}{' '}
              <a href={publicLink} target="_blank" rel="noreferrer" data-testid="doc-public-link">
                {publicLink}
              </a>
            </p>
          ) : null}
          {current.units.length > 0 ? <p>{t('documents.publish.units', { units: current.units.join(', ') })}</p> : null}
        </div>
      ) : (
        <p className="muted">{t('documents.publish.none')}</p>
      )}
      <form className="doc-form" onSubmit={publish}>
        <label className="doc-check">
          <input type="checkbox" checked={isPublic} onChange={(event) => setIsPublic(event.target.checked)} />
          {t('documents.publish.public')}
        </label>
        <fieldset className="doc-units">
          <legend>{t('documents.publish.unitsLegend')}</legend>
          {children.map((child) => (
            <label key={child.code} className="doc-check">
              <input type="checkbox" checked={units.includes(child.code)} onChange={() => toggle(child.code)} />
              {child.name} <span className="muted mono">{child.code}</span>
            </label>
          ))}
          {children.length === 0 ? <p className="muted">{t('documents.publish.noUnits')}</p> : null}
        </fieldset>
        <div className="doc-row">
          <label className="doc-field">
            <span>{t('documents.publish.open')}</span>
            <input type="date" value={open} onChange={(event) => setOpen(event.target.value)} />
          </label>
          <label className="doc-field">
            <span>{t('documents.publish.close')}</span>
            <input type="date" value={close} onChange={(event) => setClose(event.target.value)} />
          </label>
        </div>
        <button type="submit" className="button">
          {t('documents.publish.submit')}
        </button>
      </form>
      {messages}
    </div>
  );
}

function DiffTab({ view, versions }: { view: DraftView; versions: DocumentSummary['versions'] }) {
  const { t } = useI18n();
  const candidates = diffCandidates(versions ?? [], view.version.id);
  const [from, setFrom] = useState<number | null>(candidates[0]?.id ?? null);
  const [diff, setDiff] = useState<DraftDiff | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (from === null) return;
    documentsApi
      .diff(view.version.id, from)
      .then((result) => {
        setDiff(result);
        setError(null);
      })
      .catch((reason: DocumentsError) => setError(reason.message));
  }, [from, view.version.id]);
  if (candidates.length === 0) return <p className="muted">{t('documents.diff.single')}</p>;
  return (
    <div>
      <label className="doc-field">
        <span>{t('documents.diff.from')}</span>
        <select value={from ?? ''} onChange={(event) => setFrom(Number(event.target.value))}>
          {candidates.map((version) => (
            <option key={version.id} value={version.id}>
              {t('documents.version.label', { number: version.number })}
            </option>
          ))}
        </select>
      </label>
      {error ? (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      {diff ? (
        <div data-testid="doc-diff">
          <p>
            {t('documents.diff.summary', {
              added: diff.paragraphs_added,
              removed: diff.paragraphs_removed,
              changed: diff.paragraphs_changed,
            })}
          </p>
          {diff.sections
            .filter((section) => section.change !== 'unchanged')
            .map((section, index) => (
              <section key={index} className={`doc-diff-section change-${section.change}`}>
                <h4>{section.new_heading || section.old_heading}</h4>
                {section.paragraphs
                  .filter((paragraph) => paragraph.change !== 'unchanged')
                  .map((paragraph, pIndex) => (
                    <p key={pIndex} className={`doc-diff-paragraph change-${paragraph.change}`}>
                      {paragraph.change === 'changed'
                        ? paragraph.words.map((word, wIndex) =>
                            word.op === 'inserted' ? (
                              <ins key={wIndex}>{word.text} </ins>
                            ) : word.op === 'deleted' ? (
                              <del key={wIndex}>{word.text} </del>
                            ) : (
                              <span key={wIndex}>{word.text} </span>
                            ),
                          )
                        : paragraph.change === 'added'
                          ? <ins>{paragraph.new_text}</ins>
                          : <del>{paragraph.old_text}</del>}
                    </p>
                  ))}
              </section>
            ))}
        </div>
      ) : null}
    </div>
  );
}

function CommentLine({ comment, children }: { comment: Comment; children?: React.ReactNode }) {
  const { t, lang } = useI18n();
  const who =
    comment.source === 'unit'
      ? comment.org_name || comment.org_code
      : comment.citizen_name || t('documents.comment.anonymous');
  return (
    <li className="doc-comment" data-testid="doc-comment">
      <div className="doc-comment-meta">
        <span className={`status status-${comment.status}`}>{comment.status_label}</span>
        <span className="strong">{who}</span>
        <span className="muted">{comment.source_label}</span>
        {comment.on_behalf_of_meeting ? (
          <span className="muted">{t('documents.comment.meeting', { n: formatNumber(comment.agreed_members, lang) })}</span>
        ) : null}
        {comment.citizen_contact ? <span className="muted">{comment.citizen_contact}</span> : null}
        <span className="muted">{sectionTitle({ ordinal: comment.section, heading: comment.section_heading }, comment.section, lang)}</span>
        {comment.group_id !== null ? <span className="muted">{t('documents.comment.group', { id: comment.group_id })}</span> : null}
      </div>
      {comment.anchor.quote ? <blockquote className="doc-quote">“{comment.anchor.quote}”</blockquote> : null}
      <p className="doc-comment-text">{comment.text}</p>
      {comment.hide_reason ? <p className="muted">{t('documents.moderation.reasonShown', { reason: comment.hide_reason })}</p> : null}
      {children}
    </li>
  );
}

function UnitTab({ view, grants, onChanged }: { view: DraftView; grants: Grant[]; onChanged: () => void }) {
  const { t } = useI18n();
  const { fail, done, view: messages } = useNotice();
  const units = commentingUnits(view.publication, grants);
  const [unit, setUnit] = useState(units[0] ?? '');
  const [section, setSection] = useState('0');
  const [quote, setQuote] = useState('');
  const [text, setText] = useState('');
  const [meeting, setMeeting] = useState(true);
  const [agreed, setAgreed] = useState('');
  const [list, setList] = useState<Comment[]>([]);
  const loadList = useCallback(() => {
    if (!unit) return;
    documentsApi
      .comments(view.version.id, { unit, limit: 200 })
      .then((page) => setList(page.items))
      .catch(() => setList([]));
  }, [unit, view.version.id]);
  useEffect(loadList, [loadList]);
  // The choice follows the units offered (the signed-in clerk's grants arrive after the page).
  const offered = units.join(',');
  useEffect(() => {
    const list = offered ? offered.split(',') : [];
    if (!list.includes(unit)) setUnit(list[0] ?? '');
  }, [offered, unit]);
  if (!view.publication || units.length === 0) return <p className="muted">{t('documents.unit.notPublished')}</p>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    documentsApi
      .addComment(view.version.id, {
        section: Number(section),
        quote,
        text,
        source: 'unit',
        org_code: unit,
        on_behalf_of_meeting: meeting,
        agreed_members: meeting && agreed ? Number(agreed) : 0,
      })
      .then(() => {
        done(t('documents.unit.saved'));
        setText('');
        setQuote('');
        loadList();
        onChanged();
      })
      .catch(fail);
  };
  return (
    <div>
      <form className="doc-form" onSubmit={submit} data-testid="doc-unit-form">
        <div className="doc-row">
          <label className="doc-field">
            <span>{t('documents.unit.unit')}</span>
            <select aria-label={t('documents.unit.unit')} value={unit} onChange={(event) => setUnit(event.target.value)}>
              {units.map((code) => (
                <option key={code} value={code}>
                  {unitName(view, code)}
                </option>
              ))}
            </select>
          </label>
          <SectionSelect sections={view.content.sections} value={section} onChange={setSection} label={t('documents.unit.section')} />
        </div>
        <label className="doc-field">
          <span>{t('documents.unit.quote')}</span>
          <input value={quote} onChange={(event) => setQuote(event.target.value)} />
        </label>
        <label className="doc-field">
          <span>{t('documents.unit.text')}</span>
          <textarea rows={4} value={text} onChange={(event) => setText(event.target.value)} />
        </label>
        <div className="doc-row">
          <label className="doc-check">
            <input type="checkbox" checked={meeting} onChange={(event) => setMeeting(event.target.checked)} />
            {t('documents.unit.meeting')}
          </label>
          {meeting ? (
            <label className="doc-field">
              <span>{t('documents.unit.agreed')}</span>
              <input type="number" min={0} value={agreed} onChange={(event) => setAgreed(event.target.value)} />
            </label>
          ) : null}
        </div>
        <button type="submit" className="button">
          {t('documents.unit.submit')}
        </button>
      </form>
      {messages}
      <h3 className="panel-title">{t('documents.unit.list', { unit })}</h3>
      <ul className="doc-comments">
        {list.map((comment) => (
          <CommentLine key={comment.id} comment={comment} />
        ))}
      </ul>
    </div>
  );
}

function ModerationTab({ view, onChanged }: { view: DraftView; onChanged: () => void }) {
  const { t } = useI18n();
  const { fail, done, view: messages } = useNotice();
  const [queue, setQueue] = useState<Comment[]>([]);
  const [total, setTotal] = useState(0);
  const [reasons, setReasons] = useState<Record<number, string>>({});
  const load = useCallback(() => {
    documentsApi
      .comments(view.version.id, { status: 'pending', limit: 100 })
      .then((page) => {
        setQueue(page.items);
        setTotal(page.total);
      })
      .catch(fail);
  }, [view.version.id, fail]);
  useEffect(load, [load]);
  const moderate = (comment: Comment, status: 'shown' | 'hidden') => {
    documentsApi
      .moderate(comment.id, status, reasons[comment.id] ?? '')
      .then(() => {
        done(status === 'shown' ? t('documents.moderation.shown') : t('documents.moderation.hidden'));
        load();
        onChanged();
      })
      .catch(fail);
  };
  return (
    <div>
      <p>{t('documents.moderation.count', { n: total })}</p>
      {messages}
      <ul className="doc-comments" data-testid="doc-moderation">
        {queue.map((comment) => (
          <CommentLine key={comment.id} comment={comment}>
            <div className="doc-row">
              <button type="button" className="button" onClick={() => moderate(comment, 'shown')}>
                {t('documents.moderation.show')}
              </button>
              <input
                aria-label={t('documents.moderation.reason')}
                placeholder={t('documents.moderation.reason')}
                value={reasons[comment.id] ?? ''}
                onChange={(event) => setReasons((all) => ({ ...all, [comment.id]: event.target.value }))}
              />
              <button type="button" className="button" onClick={() => moderate(comment, 'hidden')}>
                {t('documents.moderation.hide')}
              </button>
            </div>
          </CommentLine>
        ))}
      </ul>
    </div>
  );
}

function Filters({
  view,
  filters,
  onChange,
  withStatus,
}: {
  view: DraftView;
  filters: CommentFilters;
  onChange: (filters: CommentFilters) => void;
  withStatus: boolean;
}) {
  const { t } = useI18n();
  const set = (key: keyof CommentFilters) => (value: string) => onChange({ ...filters, [key]: value });
  return (
    <div className="doc-row doc-filters">
      <SectionSelect
        sections={view.content.sections}
        value={filters.section ?? ''}
        onChange={set('section')}
        any
        label={t('documents.filter.section')}
      />
      <label className="doc-field">
        <span>{t('documents.filter.source')}</span>
        <select value={filters.source ?? ''} onChange={(event) => set('source')(event.target.value)}>
          <option value="">{t('documents.filter.any')}</option>
          <option value="unit">{t('documents.source.unit')}</option>
          <option value="citizen">{t('documents.source.citizen')}</option>
          <option value="former_leader">{t('documents.source.former_leader')}</option>
        </select>
      </label>
      <label className="doc-field">
        <span>{t('documents.filter.unit')}</span>
        <select value={filters.unit ?? ''} onChange={(event) => set('unit')(event.target.value)}>
          <option value="">{t('documents.filter.any')}</option>
          {(view.publication?.units ?? []).map((code) => (
            <option key={code} value={code}>
              {unitName(view, code)}
            </option>
          ))}
        </select>
      </label>
      {withStatus ? (
        <label className="doc-field">
          <span>{t('documents.filter.status')}</span>
          <select value={filters.status ?? ''} onChange={(event) => set('status')(event.target.value)}>
            <option value="">{t('documents.filter.any')}</option>
            <option value="pending">{t('documents.status.pending')}</option>
            <option value="shown">{t('documents.status.shown')}</option>
            <option value="hidden">{t('documents.status.hidden')}</option>
          </select>
        </label>
      ) : null}
      <label className="doc-field">
        <span>{t('documents.filter.disposition')}</span>
        <select value={filters.disposition ?? ''} onChange={(event) => set('disposition')(event.target.value)}>
          <option value="">{t('documents.filter.any')}</option>
          <option value="undecided">{t('documents.disposition.none')}</option>
          {DISPOSITIONS.map((item) => (
            <option key={item} value={item}>
              {t(DISPOSITION_KEYS[item])}
            </option>
          ))}
        </select>
      </label>
      {withStatus ? (
        <label className="doc-field">
          <span>{t('documents.filter.q')}</span>
          <input value={filters.q ?? ''} onChange={(event) => set('q')(event.target.value)} />
        </label>
      ) : null}
    </div>
  );
}

function CommentsTab({ view }: { view: DraftView }) {
  const { t, lang } = useI18n();
  const [filters, setFilters] = useState<CommentFilters>({});
  const [items, setItems] = useState<Comment[]>([]);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    documentsApi
      .comments(view.version.id, { ...filters, limit: 100 })
      .then((page) => {
        setItems(page.items);
        setTotal(page.total);
        setError(null);
      })
      .catch((reason: DocumentsError) => setError(reason.message));
  }, [view.version.id, filters]);
  useEffect(load, [load]);
  return (
    <div>
      <Filters view={view} filters={filters} onChange={setFilters} withStatus />
      <p>
        {t('documents.comments.total', { n: formatNumber(total, lang) })}{' '}
        <a className="button" href={documentsApi.commentsXlsxUrl(view.version.id, filters)} download>
          {t('documents.export.comments')}
        </a>
      </p>
      {error ? (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      <ul className="doc-comments">
        {items.map((comment) => (
          <CommentLine key={comment.id} comment={comment}>
            <DispositionEditor
              current={comment.disposition}
              inherited={comment.group_disposition}
              testId={`doc-comment-disposition-${comment.id}`}
              onSave={(word, explanation) => documentsApi.disposeComment(comment.id, word, explanation).then(load)}
            />
          </CommentLine>
        ))}
      </ul>
    </div>
  );
}

function GroupItem({ versionId, group, onChanged }: { versionId: number; group: CommentGroup; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const [members, setMembers] = useState<Comment[] | null>(null);
  const toggle = () => {
    if (members) {
      setMembers(null);
      return;
    }
    documentsApi
      .comments(versionId, { group: String(group.id), limit: 100 })
      .then((page) => setMembers(page.items))
      .catch(() => setMembers([]));
  };
  return (
    <li className="doc-group" data-testid="doc-group">
      <div className="doc-group-head">
        <span className="doc-group-size" data-testid="doc-group-size">
          {t('documents.synthesis.groupSize', { n: formatNumber(group.size, lang) })}
        </span>
        <span className="muted">{sectionTitle({ ordinal: group.section, heading: group.section_heading }, group.section, lang)}</span>
        {group.agreed_members > 0 ? (
          <span className="muted">{t('documents.synthesis.groupAgreed', { n: formatNumber(group.agreed_members, lang) })}</span>
        ) : null}
        {group.units.length > 0 ? <span className="muted">{group.units.join(', ')}</span> : null}
      </div>
      <p className="doc-group-text">{group.representative_text}</p>
      <DispositionEditor
        current={group.disposition}
        testId={`doc-group-disposition-${group.id}`}
        onSave={(word, explanation) => documentsApi.disposeGroup(group.id, word, explanation).then(onChanged)}
      />
      {group.size > 1 ? (
        <button type="button" className="link-button" onClick={toggle}>
          {members ? t('documents.synthesis.hideMembers') : t('documents.synthesis.showMembers')}
        </button>
      ) : null}
      {members ? (
        <ul className="doc-comments">
          {members.map((comment) => (
            <CommentLine key={comment.id} comment={comment} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function SynthesisTab({ view }: { view: DraftView }) {
  const { t, lang } = useI18n();
  const { fail, done, view: messages } = useNotice();
  const [filters, setFilters] = useState<CommentFilters>({});
  const [synthesis, setSynthesis] = useState<Synthesis | null>(null);
  const [building, setBuilding] = useState(false);
  const load = useCallback(() => {
    documentsApi
      .synthesis(view.version.id, filters)
      .then(setSynthesis)
      .catch(fail);
  }, [view.version.id, filters, fail]);
  useEffect(load, [load]);
  const build = () => {
    setBuilding(true);
    documentsApi
      .buildSynthesis(view.version.id)
      .then((result) => {
        done(t('documents.synthesis.built', { groups: formatNumber(result.groups_total, lang) }));
        load();
      })
      .catch(fail)
      .finally(() => setBuilding(false));
  };
  const sectionRows = useMemo(
    () =>
      (synthesis?.counts.per_section ?? []).map((row) => ({
        key: String(row.section),
        label: sectionTitle({ ordinal: row.section ?? 0, heading: row.heading ?? '' }, row.section ?? 0, lang),
        row,
      })),
    [synthesis, lang],
  );
  const unitRows = (synthesis?.counts.per_unit ?? []).map((row) => ({
    key: row.org_code ?? '',
    label: row.name ?? row.org_code ?? '',
    row,
  }));
  const sourceRows = (synthesis?.counts.per_source ?? []).map((row) => ({
    key: row.source ?? '',
    label: row.label ?? row.source ?? '',
    row,
  }));
  return (
    <div>
      <div className="doc-row doc-exports">
        <button type="button" className="button" onClick={build} disabled={building}>
          {t('documents.synthesis.build')}
        </button>
        <a className="button" href={documentsApi.synthesisPdfUrl(view.version.id)} download data-testid="doc-synthesis-pdf">
          {t('documents.export.pdf')}
        </a>
        <a className="button" href={documentsApi.synthesisXlsxUrl(view.version.id)} download>
          {t('documents.export.xlsx')}
        </a>
        <a className="button" href={documentsApi.commentsXlsxUrl(view.version.id)} download>
          {t('documents.export.comments')}
        </a>
      </div>
      {messages}
      {synthesis ? (
        <>
          <p data-testid="doc-synthesis-summary">
            {t('documents.synthesis.summary', {
              comments: formatNumber(synthesis.counts.comments, lang),
              groups: formatNumber(synthesis.groups_total, lang),
              pending: formatNumber(synthesis.pending, lang),
            })}
          </p>
          <div className="doc-columns">
            <div>
              <h3 className="panel-title">{t('documents.synthesis.perSection')}</h3>
              <Bars rows={sectionRows} label={t('documents.filter.section')} testId="doc-per-section" />
            </div>
            <div>
              <h3 className="panel-title">{t('documents.synthesis.perUnit')}</h3>
              <Bars rows={unitRows} label={t('documents.filter.unit')} testId="doc-per-unit" />
              <h3 className="panel-title">{t('documents.synthesis.perSource')}</h3>
              <Bars rows={sourceRows} label={t('documents.filter.source')} testId="doc-per-source" />
            </div>
          </div>
          <h3 className="panel-title">{t('documents.synthesis.groups')}</h3>
          <Filters view={view} filters={filters} onChange={setFilters} withStatus={false} />
          <ul className="doc-groups">
            {synthesis.groups.map((group) => (
              <GroupItem key={group.id} versionId={view.version.id} group={group} onChanged={load} />
            ))}
          </ul>
          {synthesis.groups.length === 0 ? <p className="muted">{t('documents.synthesis.noGroups')}</p> : null}
        </>
      ) : null}
    </div>
  );
}

function VersionPanel({
  versionId,
  documents,
  grants,
  onListChanged,
}: {
  versionId: number;
  documents: DocumentSummary[];
  grants: Grant[];
  onListChanged: () => void;
}) {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('content');
  const [view, setView] = useState<DraftView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    documentsApi
      .draft(versionId)
      .then((loaded) => {
        setView(loaded);
        setError(null);
      })
      .catch((reason: DocumentsError) => setError(reason.message));
  }, [versionId]);
  useEffect(load, [load]);
  const changed = () => {
    load();
    onListChanged();
  };
  if (error) {
    return (
      <p className="alert alert-error" role="alert">
        {error}
      </p>
    );
  }
  if (!view) return <p className="muted">{t('common.loading')}</p>;
  const versions = documents.find((document) => document.id === view.document.id)?.versions;
  return (
    <div className="doc-version panel">
      <h2 className="doc-version-title">
        {view.document.title} — {t('documents.version.label', { number: view.version.number })}{' '}
        <span className={`status status-${view.version.status}`}>{view.version.status_label}</span>
      </h2>
      <p className="muted">
        {t('documents.version.counts', {
          pending: view.comments.pending,
          shown: view.comments.shown,
          hidden: view.comments.hidden,
        })}
      </p>
      <div className="doc-tabs" role="tablist">
        {TABS.map(({ tab: item, key }) => (
          <button
            key={item}
            type="button"
            role="tab"
            aria-selected={tab === item}
            className={tab === item ? 'doc-tab active' : 'doc-tab'}
            onClick={() => setTab(item)}
          >
            {t(key)}
            {item === 'moderation' && view.comments.pending > 0 ? ` (${view.comments.pending})` : ''}
          </button>
        ))}
      </div>
      <div role="tabpanel" className="doc-tabpanel">
        {tab === 'content' ? <ContentTab view={view} /> : null}
        {tab === 'publish' ? <PublishTab view={view} onChanged={changed} /> : null}
        {tab === 'diff' ? <DiffTab view={view} versions={versions} /> : null}
        {tab === 'unit' ? <UnitTab view={view} grants={grants} onChanged={load} /> : null}
        {tab === 'moderation' ? <ModerationTab view={view} onChanged={load} /> : null}
        {tab === 'comments' ? <CommentsTab view={view} /> : null}
        {tab === 'synthesis' ? <SynthesisTab view={view} /> : null}
      </div>
    </div>
  );
}

function ImportForm({
  org,
  term,
  documents,
  onImported,
}: {
  org: string;
  term: string;
  documents: DocumentSummary[];
  onImported: (versionId: number) => void;
}) {
  const { t } = useI18n();
  const { fail, view: messages } = useNotice();
  const [target, setTarget] = useState<string>('new');
  const [kind, setKind] = useState<DocumentKind>('political_report');
  const [title, setTitle] = useState('');
  const [changeLog, setChangeLog] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    const request =
      target === 'new'
        ? documentsApi.importDocument(org, term, file, kind, title, changeLog)
        : documentsApi.importVersion(Number(target), file, changeLog);
    request.then((ref) => onImported(ref.version_id)).catch(fail);
  };
  return (
    <form className="doc-form doc-import" onSubmit={submit} data-testid="doc-import">
      <h3 className="panel-title">{t('documents.import.heading')}</h3>
      <label className="doc-field">
        <span>{t('documents.import.target')}</span>
        <select value={target} onChange={(event) => setTarget(event.target.value)}>
          <option value="new">{t('documents.import.new')}</option>
          {documents.map((document) => (
            <option key={document.id} value={document.id}>
              {t('documents.import.nextVersion', { title: document.title })}
            </option>
          ))}
        </select>
      </label>
      {target === 'new' ? (
        <>
          <label className="doc-field">
            <span>{t('documents.import.kind')}</span>
            <select value={kind} onChange={(event) => setKind(event.target.value as DocumentKind)}>
              {KINDS.map((item) => (
                <option key={item} value={item}>
                  {t(KIND_KEYS[item])}
                </option>
              ))}
            </select>
          </label>
          <label className="doc-field">
            <span>{t('documents.import.title')}</span>
            <input value={title} onChange={(event) => setTitle(event.target.value)} />
          </label>
        </>
      ) : null}
      <label className="doc-field">
        <span>{t('documents.import.changeLog')}</span>
        <input value={changeLog} onChange={(event) => setChangeLog(event.target.value)} />
      </label>
      <label className="doc-field">
        <span>{t('documents.import.file')}</span>
        <input type="file" accept=".docx,.md,.markdown,.txt" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
      </label>
      <button type="submit" className="button" disabled={!file}>
        {t('documents.import.submit')}
      </button>
      {messages}
    </form>
  );
}

export function DocumentsPage({ org, term, version }: { org: string | null; term: string | null; version: number | null }) {
  const { t, lang } = useI18n();
  const [code, setCode] = useState(org ?? '');
  const [termText, setTermText] = useState(term ?? '2020-2025');
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [grants, setGrants] = useState<Grant[]>([]);
  useEffect(() => {
    authApi
      .me()
      .then((session) => setGrants(session?.grants ?? []))
      .catch(() => setGrants([]));
  }, []);
  const load = useCallback(() => {
    if (!org || !term) return;
    documentsApi
      .list(org, term)
      .then((result) => {
        setDocuments(result.items);
        setError(null);
      })
      .catch((reason: DocumentsError) => {
        setDocuments([]);
        setError(reason.message);
      });
  }, [org, term]);
  useEffect(load, [load]);
  const show = (id: number) => navigate({ page: 'documents', org, term, version: id });

  return (
    <div className="documents-page">
      <h1 className="page-title">{t('documents.title')}</h1>
      <form
        className="doc-row doc-pick"
        onSubmit={(event) => {
          event.preventDefault();
          if (code.trim()) navigate({ page: 'documents', org: code.trim(), term: termText.trim(), version: null });
        }}
      >
        <label className="doc-field">
          <span>{t('documents.orgCode')}</span>
          <input value={code} onChange={(event) => setCode(event.target.value)} placeholder="BADINH" />
        </label>
        <label className="doc-field">
          <span>{t('documents.term')}</span>
          <input value={termText} onChange={(event) => setTermText(event.target.value)} placeholder="2020-2025" />
        </label>
        <button type="submit" className="button">
          {t('documents.open')}
        </button>
      </form>
      {!org || !term ? <p className="hint">{t('documents.pick')}</p> : null}
      {/* A unit's clerk may not read the congress's list but reads the version sent to the unit. */}
      {error && version === null ? (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      {org && term ? (
        <div className="doc-layout">
          <aside className="doc-list">
            <h2 className="panel-title">{t('documents.list')}</h2>
            {documents.length === 0 ? <p className="muted">{t('documents.empty')}</p> : null}
            <ul>
              {documents.map((document) => (
                <li key={document.id} className="doc-item">
                  <div className="strong">{document.title}</div>
                  <div className="muted">{document.kind_label}</div>
                  <ul className="doc-versions">
                    {(document.versions ?? []).map((item) => (
                      <li key={item.id}>
                        <a
                          href={`/documents/${encodeURIComponent(org)}/${term}/${item.id}`}
                          className={item.id === version ? 'active' : undefined}
                          onClick={(event) => {
                            event.preventDefault();
                            show(item.id);
                          }}
                        >
                          {t('documents.version.label', { number: item.number })}
                        </a>{' '}
                        <span className={`status status-${item.status}`}>{item.status_label}</span>{' '}
                        <span className="muted">{formatDate(item.created_at.slice(0, 10), lang)}</span>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
            <ImportForm org={org} term={term} documents={documents} onImported={(id) => (load(), show(id))} />
          </aside>
          <div className="doc-main">
            {version !== null ? (
              <VersionPanel key={version} versionId={version} documents={documents} grants={grants} onListChanged={load} />
            ) : (
              <p className="hint">{t('documents.pickVersion')}</p>
            )}
          </div>
        </div>
      ) : null}
    </div>
  );
}
