import { describe, expect, it } from 'vitest';
import { emptyTree, expandAll, pendingLoads, select, toggle, visibleRows, withChildren, withRoots } from './tree';
import type { OrgNode } from './tree';

function node(code: string, parent: string, children: number, members = 10): OrgNode {
  return {
    code,
    name: `Tổ chức ${code}`,
    level: parent ? 'grassroots' : 'province',
    parent_code: parent,
    category: '',
    members: null,
    summary: { members, units: children, children },
  };
}

const hanoi = node('HANOI', '', 2, 500);
const badinh = node('BADINH', 'HANOI', 2, 300);
const hbt = node('HBT', 'HANOI', 0, 200);
const quanthanh = node('QUANTHANH', 'BADINH', 0, 120);
const kimma = node('KIMMA', 'BADINH', 0, 180);

describe('tree state', () => {
  it('shows the roots once loaded', () => {
    const state = withRoots(emptyTree, [hanoi]);
    expect(visibleRows(state).map((row) => row.kind === 'node' && row.code)).toEqual(['HANOI']);
  });

  it('asks for children when a node is expanded, shows a loading row meanwhile', () => {
    let state = withRoots(emptyTree, [hanoi]);
    expect(pendingLoads(state)).toEqual([]);
    state = toggle(state, 'HANOI');
    expect(pendingLoads(state)).toEqual(['HANOI']);
    expect(visibleRows(state).map((row) => row.kind)).toEqual(['node', 'loading']);
    state = withChildren(state, 'HANOI', [badinh, hbt], 2, false);
    expect(pendingLoads(state)).toEqual([]);
    const rows = visibleRows(state);
    expect(rows.map((row) => (row.kind === 'node' ? `${row.depth}:${row.code}` : row.kind))).toEqual([
      '0:HANOI',
      '1:BADINH',
      '1:HBT',
    ]);
  });

  it('does not expand a leaf', () => {
    const state = withChildren(withRoots(emptyTree, [hanoi]), 'HANOI', [hbt], 1, false);
    expect(toggle(state, 'HBT')).toBe(state);
  });

  it('collapses and keeps loaded children for the next expand', () => {
    let state = toggle(withRoots(emptyTree, [hanoi]), 'HANOI');
    state = withChildren(state, 'HANOI', [badinh, hbt], 2, false);
    state = toggle(state, 'HANOI');
    expect(visibleRows(state)).toHaveLength(1);
    state = toggle(state, 'HANOI');
    expect(visibleRows(state)).toHaveLength(3);
    expect(pendingLoads(state)).toEqual([]);
  });

  it('offers more when only a page of children is loaded, and appends the next page', () => {
    let state = toggle(withRoots(emptyTree, [hanoi]), 'HANOI');
    state = withChildren(state, 'HANOI', [badinh], 2, false);
    const more = visibleRows(state).at(-1);
    expect(more).toEqual({ kind: 'more', parent: 'HANOI', depth: 1, remaining: 1 });
    state = withChildren(state, 'HANOI', [hbt, badinh], 2, true);
    expect(state.children.HANOI.codes).toEqual(['BADINH', 'HBT']);
    expect(visibleRows(state).some((row) => row.kind === 'more')).toBe(false);
  });

  it('opens a deep node by expanding its ancestors as they load', () => {
    let state = withRoots(emptyTree, [hanoi]);
    state = select(expandAll(state, ['HANOI', 'BADINH']), 'QUANTHANH');
    expect(pendingLoads(state)).toEqual(['HANOI']);
    state = withChildren(state, 'HANOI', [badinh, hbt], 2, false);
    expect(pendingLoads(state)).toEqual(['BADINH']);
    state = withChildren(state, 'BADINH', [quanthanh, kimma], 2, false);
    const codes = visibleRows(state).flatMap((row) => (row.kind === 'node' ? [row.code] : []));
    expect(codes).toEqual(['HANOI', 'BADINH', 'QUANTHANH', 'KIMMA', 'HBT']);
    expect(state.selected).toBe('QUANTHANH');
  });
});
