// Pure formatting helpers: numbers, dates, levels, accent-insensitive matching.
import type { Lang } from './i18n';

// 1234567 → "1.234.567" (vi) or "1,234,567" (en). Done by hand so the output does not depend
// on the ICU data a browser or Node happens to ship.
export function formatNumber(value: number, lang: Lang): string {
  const separator = lang === 'vi' ? '.' : ',';
  const negative = value < 0;
  const digits = String(Math.trunc(Math.abs(value)));
  let out = '';
  for (let index = 0; index < digits.length; index++) {
    if (index > 0 && (digits.length - index) % 3 === 0) out += separator;
    out += digits[index];
  }
  return negative ? `-${out}` : out;
}

// "2020-05-19" → "19/05/2020" (vi) or "2020-05-19" (en); empty for null or malformed input.
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return '';
  const [, year, month, day] = match;
  return lang === 'vi' ? `${day}/${month}/${year}` : `${year}-${month}-${day}`;
}

const ENGLISH_LEVELS: Record<string, string> = {
  province: 'Province / city committee',
  district: 'District committee',
  grassroots: 'Grassroots organization',
  partial: 'Partial committee',
  cell: 'Cell',
};

export interface LevelInfo {
  code: string;
  name: string;
  rank: number;
}

// The label of a level: its Vietnamese name from the data, or the English one for the known
// levels; the code itself when nothing better is known.
export function levelLabel(levels: LevelInfo[], code: string, lang: Lang): string {
  if (lang === 'en' && ENGLISH_LEVELS[code]) return ENGLISH_LEVELS[code];
  const level = levels.find((candidate) => candidate.code === code);
  return level ? level.name : code;
}

// Lower case without accents, đ → d: fold("Nguyễn Văn An") === "nguyen van an".
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

export interface Segment {
  text: string;
  match: boolean;
}

// Splits `text` around the first accent-insensitive occurrence of `query`, for highlighting a
// search hit. Relies on fold() keeping one code unit per precomposed (NFC) letter.
export function highlight(text: string, query: string): Segment[] {
  const needle = fold(query.trim());
  if (!needle) return [{ text, match: false }];
  const nfc = text.normalize('NFC');
  const folded = Array.from(nfc, (char) => fold(char)).join('');
  if (folded.length !== nfc.length) return [{ text: nfc, match: false }];
  const at = folded.indexOf(needle);
  if (at < 0) return [{ text: nfc, match: false }];
  const segments: Segment[] = [];
  if (at > 0) segments.push({ text: nfc.slice(0, at), match: false });
  segments.push({ text: nfc.slice(at, at + needle.length), match: true });
  if (at + needle.length < nfc.length) {
    segments.push({ text: nfc.slice(at + needle.length), match: false });
  }
  return segments;
}

export function pageCount(total: number, limit: number): number {
  if (limit <= 0) return 1;
  return Math.max(1, Math.ceil(total / limit));
}
