// Draft congress documents and the consultation on them (docs/documents.md, docs/api.md "Draft
// documents and comments"): the API calls of the staff page (Văn kiện) and of the public page
// (/gop-y/<id>), and the small decisions both make — where a selected quote is in its section,
// whether a citizen's comment can be sent, how wide a count's bar is. The server decides the
// rest (who may do what, moderation, grouping, dispositions).
import { ApiError } from './api';

export type DocumentKind = 'political_report' | 'review_report' | 'other';
export type VersionStatus = 'draft' | 'published' | 'superseded';
export type CommentSource = 'unit' | 'citizen' | 'former_leader';
export type CommentStatus = 'pending' | 'shown' | 'hidden';
export type DispositionWord = 'accepted' | 'explained' | 'not_accepted';

export interface Paragraph {
  ordinal: number;
  key: string; // "S.P"
  text: string;
}

export interface Section {
  ordinal: number;
  heading: string;
  level: number;
  paragraphs: Paragraph[];
  comments?: number; // the public page: shown comments on the section
}

export interface Version {
  id: number;
  document_id: number;
  number: number;
  status: VersionStatus;
  status_label: string;
  change_log: string;
  source_name: string;
  created_by: string;
  created_at: string;
  sections: number;
  paragraphs: number;
}

export interface DocumentSummary {
  id: number;
  org_code: string;
  org_name: string;
  term: string;
  kind: DocumentKind;
  kind_label: string;
  title: string;
  created_at: string;
  versions?: Version[];
}

export interface Publication {
  is_public: boolean;
  units: string[];
  open: string;
  close: string;
  published_by: string;
  published_at: string;
}

export interface DraftView {
  document: DocumentSummary;
  version: Version;
  content: { sections: Section[] };
  publication: Publication | null;
  unit_names: Record<string, string>; // the publication's units: code → name
  takes_in_comments: number[];
  takes_in_groups: number[];
  comments: { pending: number; shown: number; hidden: number };
}

export interface WordDiff {
  op: 'same' | 'inserted' | 'deleted';
  text: string;
}

export interface ParagraphDiff {
  change: 'unchanged' | 'added' | 'removed' | 'changed';
  old_key: string;
  new_key: string;
  old_text: string;
  new_text: string;
  words: WordDiff[];
}

export interface SectionDiff {
  change: ParagraphDiff['change'];
  old_ordinal: number;
  new_ordinal: number;
  old_heading: string;
  new_heading: string;
  paragraphs: ParagraphDiff[];
}

export interface DraftDiff {
  from: number;
  to: number;
  paragraphs_added: number;
  paragraphs_removed: number;
  paragraphs_changed: number;
  sections_added: number;
  sections_removed: number;
  sections: SectionDiff[];
}

export interface Disposition {
  disposition: DispositionWord;
  label: string;
  explanation: string;
  decided_by: string;
  decided_at: string;
}

export interface Comment {
  id: number;
  version_id: number;
  section: number;
  section_heading: string;
  anchor: { section: number; paragraph_key: string; quote: string; before: string; after: string };
  text: string;
  source: CommentSource;
  source_label: string;
  org_code: string;
  org_name: string;
  on_behalf_of_meeting: boolean;
  agreed_members: number;
  citizen_name: string;
  citizen_contact?: string;
  status: CommentStatus;
  status_label: string;
  hide_reason: string;
  created_by: string;
  created_at: string;
  group_id: number | null;
  disposition: Disposition | null;
  group_disposition: Disposition | null;
  effective: DispositionWord | null;
  effective_label: string;
  effective_explanation: string;
}

export interface CountRow {
  section?: number;
  org_code?: string;
  source?: CommentSource;
  heading?: string;
  name?: string;
  label?: string;
  comments: number;
  agreed_members: number;
  accepted: number;
  explained: number;
  not_accepted: number;
  undecided: number;
}

export interface CommentGroup {
  id: number;
  section: number;
  section_heading: string;
  representative_id: number;
  representative_text: string;
  size: number;
  agreed_members: number;
  units: string[];
  citizens: number;
  former_leaders: number;
  unit_comments: number;
  disposition: Disposition | null;
}

export interface Synthesis {
  document: DocumentSummary;
  version: Version;
  counts: { comments: number; per_section: CountRow[]; per_unit: CountRow[]; per_source: CountRow[] };
  pending: number;
  groups_total: number;
  comments_grouped: number;
  groups: CommentGroup[];
}

export interface PublicDraft {
  version_id: number;
  title: string;
  kind: DocumentKind;
  kind_label: string;
  org_name: string;
  term: string;
  number: number;
  open: string;
  close: string;
  is_open: boolean;
  state: 'open' | 'closed' | 'not_yet_open';
  sections: Section[];
  comments_on_document?: number;
}

export interface DraftRef {
  document_id: number;
  version_id: number;
  number: number;
}

export interface CommentFilters {
  section?: string;
  unit?: string;
  source?: string;
  status?: string;
  disposition?: string;
  q?: string;
  group?: string;
  offset?: number;
  limit?: number;
}

export interface UnitCommentInput {
  section: number;
  quote: string;
  text: string;
  source: CommentSource;
  org_code: string;
  on_behalf_of_meeting: boolean;
  agreed_members: number;
}

export interface PublicCommentInput {
  section: number;
  quote: string;
  occurrence: number;
  text: string;
  name: string;
  contact: string;
  website: string; // the honeypot: people leave it empty
}

const BASE = '/api/v1';

// A refusal of the server; `retryAfter` (seconds) when it said when to try again (429).
export class DocumentsError extends ApiError {
  constructor(
    status: number,
    code: string,
    message: string,
    field: string,
    readonly retryAfter: number | null,
  ) {
    super(status, code, message, field);
  }
}

async function failure(response: Response): Promise<DocumentsError> {
  const data = await response.json().catch(() => null);
  const error = data?.error;
  const retry = Number(response.headers.get('Retry-After'));
  return new DocumentsError(
    response.status,
    error?.code ?? 'http',
    error?.message ?? `HTTP ${response.status}`,
    error?.field ?? '',
    Number.isFinite(retry) && retry > 0 ? retry : null,
  );
}

// fetch goes through the app's session wrapper (auth.ts installs it): the CSRF header on writes.
async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(BASE + path, {
    method,
    headers: body === undefined ? { Accept: 'application/json' } : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as T;
}

async function upload<T>(path: string, file: File): Promise<T> {
  const response = await fetch(BASE + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream' },
    body: file,
  });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as T;
}

export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

function congressPath(code: string, term: string): string {
  return `/congresses/${encodeURIComponent(code)}/${encodeURIComponent(term)}`;
}

export const documentsApi = {
  list: (code: string, term: string) =>
    call<{ items: DocumentSummary[] }>('GET', `${congressPath(code, term)}/documents`),
  // A new document from a file (.docx, .md, .txt): its extension picks the reader.
  importDocument: (code: string, term: string, file: File, kind: DocumentKind, title: string, changeLog: string) =>
    upload<DraftRef>(
      `${congressPath(code, term)}/documents${query({ kind, title, file: file.name, change_log: changeLog })}`,
      file,
    ),
  importVersion: (documentId: number, file: File, changeLog: string) =>
    upload<DraftRef>(`/documents/${documentId}/versions${query({ file: file.name, change_log: changeLog })}`, file),
  draft: (id: number) => call<DraftView>('GET', `/drafts/${id}`),
  diff: (id: number, from: number) => call<DraftDiff>('GET', `/drafts/${id}/diff${query({ from })}`),
  publish: (id: number, publication: { public: boolean; units: string[]; open: string; close: string }) =>
    call<DraftView>('POST', `/drafts/${id}/publish`, publication),
  comments: (id: number, filters: CommentFilters) =>
    call<{ items: Comment[]; total: number; offset: number; limit: number }>(
      'GET',
      `/drafts/${id}/comments${query({ ...filters })}`,
    ),
  addComment: (id: number, input: UnitCommentInput) =>
    call<{ id: number }>('POST', `/drafts/${id}/comments`, input),
  moderate: (commentId: number, status: CommentStatus, reason: string) =>
    call<unknown>('POST', `/comments/${commentId}/moderation`, { status, reason }),
  disposeComment: (commentId: number, disposition: DispositionWord | null, explanation: string) =>
    call<unknown>('POST', `/comments/${commentId}/disposition`, { disposition, explanation }),
  disposeGroup: (groupId: number, disposition: DispositionWord | null, explanation: string) =>
    call<unknown>('POST', `/comment-groups/${groupId}/disposition`, { disposition, explanation }),
  synthesis: (id: number, filters: CommentFilters) =>
    call<Synthesis>(
      'GET',
      `/drafts/${id}/synthesis${query({
        section: filters.section,
        unit: filters.unit,
        source: filters.source,
        disposition: filters.disposition,
        limit: 200,
      })}`,
    ),
  buildSynthesis: (id: number) => call<Synthesis>('POST', `/drafts/${id}/synthesis`, {}),
  // Downloads: plain links, the browser saves the attachment.
  synthesisPdfUrl: (id: number) => `${BASE}/drafts/${id}/synthesis.pdf`,
  synthesisXlsxUrl: (id: number) => `${BASE}/drafts/${id}/synthesis.xlsx`,
  commentsXlsxUrl: (id: number, filters: CommentFilters = {}) =>
    `${BASE}/drafts/${id}/comments.xlsx${query({ ...filters, offset: undefined, limit: undefined })}`,
};

// The public page's calls (no session needed).
export const publicApi = {
  draft: (id: number) => call<PublicDraft>('GET', `/public/drafts/${id}`),
  comment: (id: number, input: PublicCommentInput) =>
    call<{ id: number; status: 'pending'; message: string }>('POST', `/public/drafts/${id}/comments`, input),
};

// ---------------------------------------------------------------------------------------------
// Decisions of the pages.

// The limits the server applies to a citizen's comment (app::PublicCommentPolicy), checked
// before sending so the citizen is told at once.
export const PUBLIC_LIMITS = { text: 5000, name: 200, contact: 200 } as const;

// Length in characters (code points), as the server counts.
export function charCount(text: string): number {
  return Array.from(text).length;
}

export type PublicFormProblem = 'textRequired' | 'textTooLong' | 'nameTooLong' | 'contactTooLong';

// What stops a citizen's comment from being sent; empty when it can go.
export function publicFormProblems(input: { text: string; name: string; contact: string }): PublicFormProblem[] {
  const problems: PublicFormProblem[] = [];
  if (!input.text.trim()) problems.push('textRequired');
  if (charCount(input.text) > PUBLIC_LIMITS.text) problems.push('textTooLong');
  if (charCount(input.name) > PUBLIC_LIMITS.name) problems.push('nameTooLong');
  if (charCount(input.contact) > PUBLIC_LIMITS.contact) problems.push('contactTooLong');
  return problems;
}

// Which occurrence (from 0) of `quote` in its section a selection is: the occurrences in the
// paragraphs before it plus those in its own paragraph starting before `offset`. The server
// finds the quote in the section's text by that index (documents::MakeAnchor).
export function quoteOccurrence(paragraphs: string[], paragraphIndex: number, offset: number, quote: string): number {
  if (!quote) return 0;
  let count = 0;
  const countIn = (text: string, limit: number) => {
    let from = 0;
    for (;;) {
      const at = text.indexOf(quote, from);
      if (at < 0 || at >= limit) return;
      count += 1;
      from = at + 1;
    }
  };
  for (let index = 0; index < paragraphIndex && index < paragraphs.length; index++) {
    countIn(paragraphs[index], Number.POSITIVE_INFINITY);
  }
  if (paragraphIndex < paragraphs.length) countIn(paragraphs[paragraphIndex], offset);
  return count;
}

// A selection's text as a quote: white space collapsed, at most `max` characters (a whole
// paragraph selected is still a quote; longer ones are cut at a word).
export function cleanQuote(text: string, max = 500): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  if (charCount(collapsed) <= max) return collapsed;
  const chars = Array.from(collapsed);
  const cut = chars.slice(0, max).join('');
  if (chars[max] === ' ') return cut; // the cut falls between two words
  const space = cut.lastIndexOf(' ');
  return space > max / 2 ? cut.slice(0, space) : cut;
}

// The width of a count's bar, in percent of the largest count (a non-zero count keeps a
// visible sliver).
export function barWidth(count: number, max: number): number {
  if (max <= 0 || count <= 0) return 0;
  return Math.max(2, Math.round((count / max) * 1000) / 10);
}

export function maxCount(rows: { comments: number }[]): number {
  return rows.reduce((max, row) => Math.max(max, row.comments), 0);
}

// A disposition needs an explanation unless the comment was accepted (app::SetDisposition).
export function needsExplanation(disposition: DispositionWord | ''): boolean {
  return disposition === 'explained' || disposition === 'not_accepted';
}

// The public page's state of a draft on `today` (ISO): the server's answer, or from the dates.
export function publicState(draft: Pick<PublicDraft, 'open' | 'close' | 'state'>, today: string): PublicDraft['state'] {
  if (draft.state) return draft.state;
  if (today < draft.open) return 'not_yet_open';
  if (today > draft.close) return 'closed';
  return 'open';
}

// The anchor id of a section on the public page (#muc-3), for the table of contents.
export function sectionAnchor(ordinal: number): string {
  return `muc-${ordinal}`;
}

// A section's title for lists: its heading, or "Mục N" when it has none (text before the first
// heading); 0 is the whole document.
export function sectionTitle(section: { ordinal: number; heading: string } | undefined, ordinal: number, lang: 'vi' | 'en'): string {
  if (ordinal === 0) return lang === 'vi' ? 'Toàn văn dự thảo' : 'The whole draft';
  if (section && section.heading) return section.heading;
  return lang === 'vi' ? `Mục ${ordinal}` : `Section ${ordinal}`;
}

// The versions of a document a version can be compared with: the others, newest first.
export function diffCandidates(versions: Version[], current: number): Version[] {
  return versions.filter((version) => version.id !== current).sort((a, b) => b.number - a.number);
}

// A unit as the page shows it: its name, else its code.
export function unitName(view: Pick<DraftView, 'unit_names'>, code: string): string {
  return view.unit_names[code] ?? code;
}

// The units a clerk may comment for: those the version is published to, filtered by the
// actor's own grants when it has unit grants (a ward clerk sees its ward).
export function commentingUnits(publication: Publication | null, grants: { role: string; org_code: string }[]): string[] {
  if (!publication) return [];
  const own = grants.filter((grant) => grant.role === 'unit_clerk').map((grant) => grant.org_code);
  if (own.length === 0) return publication.units;
  return publication.units.filter((unit) => own.includes(unit));
}
