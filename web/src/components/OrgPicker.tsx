import { useEffect, useRef, useState } from 'react';
import { api } from '../api';
import type { Organization } from '../api';
import { levelLabel } from '../format';
import type { LevelInfo } from '../format';
import { useI18n } from '../i18n-context';
import type { OrgNode } from '../tree';

const RESULTS = 8;

interface Props {
  roots: OrgNode[];
  current: string | null;
  currentName: string;
  levels: LevelInfo[];
  onChoose: (code: string) => void;
}

// The organization whose progress is shown: a select of the top organizations, and a search
// (accents optional) over every organization that can have subordinates.
export function OrgPicker({ roots, current, currentName, levels, onChoose }: Props) {
  const { t, lang } = useI18n();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<Organization[] | null>(null);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const query = text.trim();
    if (query.length < 2) {
      setHits(null);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      // One query per level, higher levels first; the lowest level has nothing below it to track.
      const ranked = [...levels].sort((a, b) => a.rank - b.rank);
      const searchable = ranked.length > 1 ? ranked.slice(0, -1).map((level) => level.code) : [''];
      Promise.all(searchable.map((level) => api.searchOrganizations(query, RESULTS, level, controller.signal)))
        .then((pages) => setHits(pages.flatMap((page) => page.items).slice(0, RESULTS)))
        .catch((reason: Error) => {
          if (reason.name !== 'AbortError') setHits([]);
        });
    }, 200);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text, levels]);

  useEffect(() => {
    const close = (event: MouseEvent) => {
      if (box.current && !box.current.contains(event.target as Node)) setHits(null);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, []);

  const isRoot = roots.some((root) => root.code === current);
  const choose = (code: string) => {
    setText('');
    setHits(null);
    onChoose(code);
  };

  return (
    <div className="org-picker">
      <label className="field">
        <span className="field-label">{t('progress.organization')}</span>
        <select
          value={isRoot ? (current ?? '') : ''}
          onChange={(event) => event.target.value && choose(event.target.value)}
          data-testid="root-select"
        >
          {!isRoot && <option value="">{currentName || t('progress.otherOrganization')}</option>}
          {roots.map((root) => (
            <option key={root.code} value={root.code}>
              {root.name}
            </option>
          ))}
        </select>
      </label>
      <div className="field search" ref={box}>
        <label className="field-label" htmlFor="progress-org-search">
          {t('progress.search')}
        </label>
        <input
          id="progress-org-search"
          className="search-input"
          type="search"
          autoComplete="off"
          placeholder={t('progress.searchPlaceholder')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setHits(null);
            if (event.key === 'Enter' && hits && hits.length > 0) choose(hits[0].code);
          }}
        />
        {hits && (
          <div className="search-results" role="listbox">
            {hits.length === 0 ? (
              <p className="search-empty muted">{t('search.noResults', { q: text.trim() })}</p>
            ) : (
              hits.map((hit) => (
                <button
                  key={hit.code}
                  type="button"
                  role="option"
                  aria-selected={hit.code === current}
                  className="search-hit"
                  onClick={() => choose(hit.code)}
                >
                  <span>{hit.name}</span>
                  <span className="search-hit-meta">
                    {hit.code} · {levelLabel(levels, hit.level, lang)}
                  </span>
                </button>
              ))
            )}
          </div>
        )}
      </div>
    </div>
  );
}
