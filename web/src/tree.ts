// The tree browser's state, kept pure (no fetching, no React) so it can be unit-tested:
// which nodes are known, which are expanded, which children are loaded, and the rows to draw.

export interface NodeSummary {
  members: number; // full members of the whole subtree
  units: number; // organizations below this one
  children: number; // direct children
}

export interface OrgNode {
  code: string;
  name: string;
  level: string;
  parent_code: string;
  category: string;
  members: number | null;
  summary: NodeSummary;
}

export interface ChildList {
  codes: string[];
  total: number; // children in the database; codes.length < total means more can be loaded
}

export interface TreeState {
  nodes: Record<string, OrgNode>;
  roots: string[] | null; // null until loaded
  children: Record<string, ChildList>;
  expanded: Record<string, boolean>;
  selected: string | null;
}

export const emptyTree: TreeState = {
  nodes: {},
  roots: null,
  children: {},
  expanded: {},
  selected: null,
};

function remember(nodes: Record<string, OrgNode>, list: OrgNode[]): Record<string, OrgNode> {
  const next = { ...nodes };
  for (const node of list) next[node.code] = node;
  return next;
}

export function withRoots(state: TreeState, roots: OrgNode[]): TreeState {
  return { ...state, nodes: remember(state.nodes, roots), roots: roots.map((node) => node.code) };
}

// Records a page of `parent`'s children; `append` adds to what is loaded (the next page).
export function withChildren(
  state: TreeState,
  parent: string,
  page: OrgNode[],
  total: number,
  append: boolean,
): TreeState {
  const before = append ? (state.children[parent]?.codes ?? []) : [];
  const seen = new Set(before);
  const codes = [...before, ...page.map((node) => node.code).filter((code) => !seen.has(code))];
  return {
    ...state,
    nodes: remember(state.nodes, page),
    children: { ...state.children, [parent]: { codes, total } },
  };
}

export function hasChildren(state: TreeState, code: string): boolean {
  const node = state.nodes[code];
  return node !== undefined && node.summary.children > 0;
}

export function toggle(state: TreeState, code: string): TreeState {
  if (!hasChildren(state, code)) return state;
  return { ...state, expanded: { ...state.expanded, [code]: !state.expanded[code] } };
}

// Expands every code given (e.g. the ancestors of a search hit, so it becomes visible).
export function expandAll(state: TreeState, codes: string[]): TreeState {
  const expanded = { ...state.expanded };
  for (const code of codes) expanded[code] = true;
  return { ...state, expanded };
}

export function select(state: TreeState, code: string | null): TreeState {
  return { ...state, selected: code };
}

// Expanded nodes whose children are not loaded yet: what the page must fetch next.
export function pendingLoads(state: TreeState): string[] {
  return Object.keys(state.expanded).filter(
    (code) => state.expanded[code] && hasChildren(state, code) && !state.children[code],
  );
}

export type Row =
  | { kind: 'node'; code: string; depth: number; node: OrgNode; expanded: boolean; expandable: boolean }
  | { kind: 'loading'; parent: string; depth: number }
  | { kind: 'more'; parent: string; depth: number; remaining: number };

// The rows to draw, depth-first in the order the API gave them.
export function visibleRows(state: TreeState): Row[] {
  const rows: Row[] = [];
  const visit = (code: string, depth: number, path: Set<string>) => {
    const node = state.nodes[code];
    if (!node || path.has(code)) return;
    const expandable = node.summary.children > 0;
    const expanded = expandable && state.expanded[code] === true;
    rows.push({ kind: 'node', code, depth, node, expanded, expandable });
    if (!expanded) return;
    const list = state.children[code];
    if (!list) {
      rows.push({ kind: 'loading', parent: code, depth: depth + 1 });
      return;
    }
    const inner = new Set(path).add(code);
    for (const child of list.codes) visit(child, depth + 1, inner);
    if (list.codes.length < list.total) {
      rows.push({ kind: 'more', parent: code, depth: depth + 1, remaining: list.total - list.codes.length });
    }
  };
  for (const root of state.roots ?? []) visit(root, 0, new Set());
  return rows;
}
