import { useEffect, useRef, useState } from 'react';
import { api } from '../api';
import type { Member, Organization } from '../api';
import { formatDate, highlight, levelLabel } from '../format';
import type { LevelInfo } from '../format';
import { useI18n } from '../i18n-context';

const RESULTS = 8;

interface Results {
  query: string;
  organizations: Organization[];
  organizationsTotal: number;
  members: Member[];
  membersTotal: number;
}

function Highlighted({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlight(text, query).map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </>
  );
}

// One box for both organizations and members; accents are optional ("quan thanh" finds
// "Đảng bộ phường Quán Thánh"): the API matches on folded text.
export function SearchBox({ onOpenOrg, levels }: { onOpenOrg: (code: string) => void; levels: LevelInfo[] }) {
  const { t, lang } = useI18n();
  const [text, setText] = useState('');
  const [results, setResults] = useState<Results | null>(null);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const query = text.trim();
    if (query.length < 2) {
      setResults(null);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      // One query per level, higher levels first: "quan thanh" shows "Đảng bộ phường Quán Thánh"
      // before the many cells named after the ward, which sort earlier by name alone.
      const levelCodes = levels.length > 0 ? levels.map((level) => level.code) : [''];
      Promise.all([
        Promise.all(
          levelCodes.map((level) => api.searchOrganizations(query, RESULTS, level, controller.signal)),
        ),
        api.members({ q: query, limit: RESULTS }, controller.signal),
      ])
        .then(([perLevel, members]) => {
          setError(null);
          setResults({
            query,
            organizations: perLevel.flatMap((page) => page.items).slice(0, RESULTS),
            organizationsTotal: perLevel.reduce((sum, page) => sum + page.total, 0),
            members: members.items,
            membersTotal: members.total,
          });
          setOpen(true);
        })
        .catch((reason: Error) => {
          if (reason.name !== 'AbortError') setError(reason.message);
        });
    }, 200);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text, levels]);

  useEffect(() => {
    const close = (event: MouseEvent) => {
      if (box.current && !box.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, []);

  const choose = (code: string) => {
    setOpen(false);
    onOpenOrg(code);
  };

  const empty = results && results.organizations.length === 0 && results.members.length === 0;
  return (
    <div className="search" ref={box}>
      <label className="visually-hidden" htmlFor="search-input">
        {t('search.label')}
      </label>
      <input
        id="search-input"
        type="search"
        className="search-input"
        placeholder={t('search.placeholder')}
        value={text}
        autoComplete="off"
        onChange={(event) => setText(event.target.value)}
        onFocus={() => results && setOpen(true)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
        }}
      />
      {error && <div className="alert alert-error">{error}</div>}
      {open && results && (
        <div className="search-results" role="listbox" aria-label={t('search.label')}>
          {empty && <p className="muted search-empty">{t('search.noResults', { q: results.query })}</p>}
          {results.organizations.length > 0 && (
            <div className="search-group">
              <div className="search-group-title">
                {t('search.organizations')} <span className="muted">({results.organizationsTotal})</span>
              </div>
              {results.organizations.map((organization) => (
                <button
                  type="button"
                  role="option"
                  aria-selected={false}
                  key={organization.code}
                  className="search-hit"
                  data-testid="search-org"
                  onClick={() => choose(organization.code)}
                >
                  <span className="search-hit-name">
                    <Highlighted text={organization.name} query={results.query} />
                  </span>
                  <span className="search-hit-meta">{levelLabel(levels, organization.level, lang)}</span>
                </button>
              ))}
            </div>
          )}
          {results.members.length > 0 && (
            <div className="search-group">
              <div className="search-group-title">
                {t('search.members')} <span className="muted">({results.membersTotal})</span>
              </div>
              {results.members.map((member) => (
                <button
                  type="button"
                  role="option"
                  aria-selected={false}
                  key={member.id}
                  className="search-hit"
                  data-testid="search-member"
                  onClick={() => choose(member.org_code)}
                >
                  <span className="search-hit-name">
                    <Highlighted text={member.full_name} query={results.query} />
                  </span>
                  <span className="search-hit-meta">
                    {[formatDate(member.birth_date, lang), member.org_name].filter(Boolean).join(' · ')}
                  </span>
                </button>
              ))}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
