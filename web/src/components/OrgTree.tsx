import { useEffect, useRef } from 'react';
import { formatNumber, levelLabel } from '../format';
import type { LevelInfo } from '../format';
import { useI18n } from '../i18n-context';
import { visibleRows } from '../tree';
import type { TreeState } from '../tree';

interface Props {
  state: TreeState;
  levels: LevelInfo[];
  onToggle: (code: string) => void;
  onSelect: (code: string) => void;
  onMore: (parent: string) => void;
}

export function OrgTree({ state, levels, onToggle, onSelect, onMore }: Props) {
  const { t, lang } = useI18n();
  const rows = visibleRows(state);
  const list = useRef<HTMLUListElement>(null);

  // Keep the selected node in view once it appears (after its ancestors are loaded).
  const selectedVisible = rows.some((row) => row.kind === 'node' && row.code === state.selected);
  useEffect(() => {
    if (!state.selected || !selectedVisible) return;
    const element = list.current?.querySelector<HTMLElement>(`[data-code="${CSS.escape(state.selected)}"]`);
    element?.scrollIntoView({ block: 'nearest' });
  }, [state.selected, selectedVisible]);

  return (
    <ul className="tree" role="tree" ref={list}>
      {rows.map((row) => {
        const indent = { paddingLeft: `${0.25 + row.depth * 1.25}rem` };
        if (row.kind === 'loading') {
          return (
            <li key={`loading-${row.parent}`} className="tree-note" style={indent} role="none">
              {t('common.loading')}
            </li>
          );
        }
        if (row.kind === 'more') {
          return (
            <li key={`more-${row.parent}`} className="tree-note" style={indent} role="none">
              <button type="button" className="link-button" onClick={() => onMore(row.parent)}>
                {t('tree.more', { n: formatNumber(row.remaining, lang) })}
              </button>
            </li>
          );
        }
        const { node } = row;
        const selected = state.selected === row.code;
        return (
          <li
            key={row.code}
            role="treeitem"
            aria-expanded={row.expandable ? row.expanded : undefined}
            aria-selected={selected}
            aria-level={row.depth + 1}
            data-code={row.code}
            className={selected ? 'tree-row selected' : 'tree-row'}
            style={indent}
          >
            {row.expandable ? (
              <button
                type="button"
                className="twisty"
                aria-label={`${row.expanded ? t('tree.collapse') : t('tree.expand')} ${node.name}`}
                onClick={() => onToggle(row.code)}
              >
                {row.expanded ? '▾' : '▸'}
              </button>
            ) : (
              <span className="twisty-placeholder" aria-hidden="true" />
            )}
            <button type="button" className="tree-label" onClick={() => onSelect(row.code)}>
              <span className="tree-name">{node.name}</span>
              <span className="tree-meta">
                <span className="level-badge">{levelLabel(levels, node.level, lang)}</span>
                <span className="tree-count" data-testid="member-count">
                  {t('tree.members', { n: formatNumber(node.summary.members, lang) })}
                </span>
                {node.summary.children > 0 && (
                  <span className="tree-count">
                    {t('tree.units', { n: formatNumber(node.summary.children, lang) })}
                  </span>
                )}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
