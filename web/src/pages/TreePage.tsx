import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api';
import type { LevelInfo } from '../format';
import { useI18n } from '../i18n-context';
import { navigate } from '../router';
import {
  emptyTree,
  expandAll,
  pendingLoads,
  select,
  toggle,
  withChildren,
  withRoots,
} from '../tree';
import type { TreeState } from '../tree';
import { OrgTree } from '../components/OrgTree';
import { OrgDetail } from '../components/OrgDetail';
import { SearchBox } from '../components/SearchBox';

const CHILDREN_PAGE = 200;

export function TreePage({ selectedFromUrl }: { selectedFromUrl: string | null }) {
  const { t } = useI18n();
  const [tree, setTree] = useState<TreeState>(emptyTree);
  const [levels, setLevels] = useState<LevelInfo[]>([]);
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(new Set<string>());

  const loadRoots = useCallback(() => {
    setError(null);
    Promise.all([api.levels(), api.roots()])
      .then(([levelList, roots]) => {
        setLevels(levelList.items);
        setTree((state) => withRoots(state, roots.items));
      })
      .catch((reason: Error) => setError(reason.message));
  }, []);
  useEffect(loadRoots, [loadRoots]);

  const loadChildren = useCallback((code: string, offset: number) => {
    const key = `${code}@${offset}`;
    if (inFlight.current.has(key)) return;
    inFlight.current.add(key);
    api
      .children(code, offset, CHILDREN_PAGE)
      .then((page) => setTree((state) => withChildren(state, code, page.items, page.total, offset > 0)))
      .catch((reason: Error) => setError(reason.message))
      .finally(() => inFlight.current.delete(key));
  }, []);

  // Lazy loading: fetch the children of every expanded node not loaded yet.
  useEffect(() => {
    for (const code of pendingLoads(tree)) loadChildren(code, 0);
  }, [tree, loadChildren]);

  // Opening an organization (from the URL or a search hit): expand its ancestors and select it.
  // `opened` remembers what was last opened so a click in the tree (already visible) does not
  // fetch again; `openRequest` forces a fetch when a search hit names the current URL.
  const opened = useRef<string | null>(null);
  const [openRequest, setOpenRequest] = useState(0);
  useEffect(() => {
    if (!selectedFromUrl) {
      opened.current = null;
      setTree((state) => (state.selected ? select(state, null) : state));
      return;
    }
    if (selectedFromUrl === opened.current) return;
    opened.current = selectedFromUrl;
    let cancelled = false;
    let done = false;
    api
      .organization(selectedFromUrl)
      .then((detail) => {
        done = true;
        if (cancelled) return;
        const ancestors = detail.ancestors.map((ancestor) => ancestor.code);
        setTree((state) => select(expandAll(state, ancestors), selectedFromUrl));
      })
      .catch((reason: Error) => {
        done = true;
        if (!cancelled) setError(reason.message);
      });
    return () => {
      cancelled = true;
      if (!done) opened.current = null;
    };
  }, [selectedFromUrl, openRequest]);

  const onSelect = (code: string) => {
    opened.current = code;
    setTree((state) => select(state, code));
    navigate({ page: 'tree', org: code });
  };
  const openOrg = (code: string) => {
    opened.current = null;
    setOpenRequest((count) => count + 1);
    navigate({ page: 'tree', org: code });
  };

  return (
    <div className="tree-page">
      <section className="panel tree-panel" aria-label={t('tree.heading')}>
        <SearchBox onOpenOrg={openOrg} levels={levels} />
        <h2 className="panel-title">{t('tree.heading')}</h2>
        {error && (
          <div className="alert alert-error" role="alert">
            {t('common.error')}: {error}{' '}
            <button type="button" className="link-button" onClick={loadRoots}>
              {t('common.retry')}
            </button>
          </div>
        )}
        {tree.roots === null && !error && <p className="muted">{t('common.loading')}</p>}
        {tree.roots !== null && tree.roots.length === 0 && <p className="muted">{t('tree.empty')}</p>}
        <OrgTree
          state={tree}
          levels={levels}
          onToggle={(code) => setTree((state) => toggle(state, code))}
          onSelect={onSelect}
          onMore={(parent) => loadChildren(parent, tree.children[parent]?.codes.length ?? 0)}
        />
      </section>
      <section className="panel detail-panel">
        {tree.selected ? (
          <OrgDetail code={tree.selected} levels={levels} onOpen={onSelect} />
        ) : (
          <p className="muted placeholder">{t('detail.placeholder')}</p>
        )}
      </section>
    </div>
  );
}
