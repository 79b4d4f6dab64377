// A minimal router over the History API: the server answers every non-API path with
// index.html, so /import, /org/CODE and /progress/CODE/YYYY-MM-DD load directly.
import { useEffect, useState } from 'react';

export type Route =
  | { page: 'tree'; org: string | null }
  | { page: 'import' }
  | { page: 'progress'; org: string | null; asOf: string | null }
  | { page: 'allocation'; id: number | null }
  | { page: 'roll'; org: string | null; term: string | null }
  | { page: 'elections'; org: string | null; term: string | null; election: number | null }
  | { page: 'count'; round: number }
  | { page: 'projector'; round: number }
  | { page: 'plan'; org: string | null; term: string | null }
  | { page: 'inspection'; id: number | null }
  | { page: 'groups'; org: string | null; term: string | null }
  | { page: 'documents'; org: string | null; term: string | null; version: number | null }
  | { page: 'public-draft'; id: number }
  | { page: 'results'; org: string | null; term: string | null }
  | { page: 'building'; org: string | null }
  | { page: 'personnel'; org: string | null; term: string | null }
  | { page: 'login' }
  | { page: 'audit' };

export function parseRoute(pathname: string): Route {
  // /login?next=PATH: sign in, then back to PATH (auth.ts).
  if (pathname === '/login' || pathname === '/login/') return { page: 'login' };
  if (pathname === '/import' || pathname === '/import/') return { page: 'import' };
  // /audit: the audit trail (administrators).
  if (pathname === '/audit' || pathname === '/audit/') return { page: 'audit' };
  // /building, /building/CODE: party building of an organization's subtree.
  const building = /^\/building(?:\/([^/]+))?\/?$/.exec(pathname);
  if (building) return { page: 'building', org: building[1] ? decodeURIComponent(building[1]) : null };
  // /personnel, /personnel/CODE/2020-2025: a congress's personnel scheme, vetting, complaints.
  const personnel = /^\/personnel(?:\/([^/]+)\/(\d{4}-\d{4}))?\/?$/.exec(pathname);
  if (personnel) {
    return { page: 'personnel', org: personnel[1] ? decodeURIComponent(personnel[1]) : null, term: personnel[2] ?? null };
  }
  // /gop-y/12: the public page of a draft published to citizens (no sign-in, no menus).
  const publicDraft = /^\/gop-y\/(\d+)\/?$/.exec(pathname);
  if (publicDraft) return { page: 'public-draft', id: Number(publicDraft[1]) };
  // /documents, /documents/CODE/2020-2025, /documents/CODE/2020-2025/7: a congress's drafts.
  const documents = /^\/documents(?:\/([^/]+)\/(\d{4}-\d{4})(?:\/(\d+))?)?\/?$/.exec(pathname);
  if (documents) {
    return {
      page: 'documents',
      org: documents[1] ? decodeURIComponent(documents[1]) : null,
      term: documents[2] ?? null,
      version: documents[3] ? Number(documents[3]) : null,
    };
  }
  // /results, /results/CODE/2020-2025: a congress's results and their approval.
  const results = /^\/results(?:\/([^/]+)\/(\d{4}-\d{4}))?\/?$/.exec(pathname);
  if (results) {
    return { page: 'results', org: results[1] ? decodeURIComponent(results[1]) : null, term: results[2] ?? null };
  }
  // /groups, /groups/CODE/2020-2025: working groups, subcommittees, commendations of a congress.
  const groups = /^\/groups(?:\/([^/]+)\/(\d{4}-\d{4}))?\/?$/.exec(pathname);
  if (groups) {
    return { page: 'groups', org: groups[1] ? decodeURIComponent(groups[1]) : null, term: groups[2] ?? null };
  }
  // /inspection (the list) and /inspection/12 (one inspection round).
  const inspection = /^\/inspection(?:\/(\d+))?\/?$/.exec(pathname);
  if (inspection) return { page: 'inspection', id: inspection[1] ? Number(inspection[1]) : null };
  // /plan, /plan/CODE, /plan/CODE/2020-2025: a committee's plan of a congress round.
  const plan = /^\/plan(?:\/([^/]+)(?:\/(\d{4}-\d{4}))?)?\/?$/.exec(pathname);
  if (plan) return { page: 'plan', org: plan[1] ? decodeURIComponent(plan[1]) : null, term: plan[2] ?? null };
  const allocation = /^\/allocation(?:\/(\d+))?\/?$/.exec(pathname);
  if (allocation) return { page: 'allocation', id: allocation[1] ? Number(allocation[1]) : null };
  // /roll, /roll/CODE, /roll/CODE/2020-2025: the roll of a congress (a term is two years).
  const roll = /^\/roll(?:\/([^/]+)(?:\/(\d{4}-\d{4}))?)?\/?$/.exec(pathname);
  if (roll) {
    return { page: 'roll', org: roll[1] ? decodeURIComponent(roll[1]) : null, term: roll[2] ?? null };
  }
  // /elections, /elections/CODE/2020-2025, /elections/CODE/2020-2025/7: a congress's elections.
  const elections = /^\/elections(?:\/([^/]+)(?:\/(\d{4}-\d{4})(?:\/(\d+))?)?)?\/?$/.exec(pathname);
  if (elections) {
    return {
      page: 'elections',
      org: elections[1] ? decodeURIComponent(elections[1]) : null,
      term: elections[2] ?? null,
      election: elections[3] ? Number(elections[3]) : null,
    };
  }
  // /count/12 (a clerk's entry station) and /projector/12 (the hall's screen) of a round.
  const round = /^\/(count|projector)\/(\d+)\/?$/.exec(pathname);
  if (round) return { page: round[1] as 'count' | 'projector', round: Number(round[2]) };
  const progress = /^\/progress(?:\/([^/]+)(?:\/(\d{4}-\d{2}-\d{2}))?)?\/?$/.exec(pathname);
  if (progress) {
    return {
      page: 'progress',
      org: progress[1] ? decodeURIComponent(progress[1]) : null,
      asOf: progress[2] ?? null,
    };
  }
  const match = /^\/org\/([^/]+)\/?$/.exec(pathname);
  if (match) return { page: 'tree', org: decodeURIComponent(match[1]) };
  return { page: 'tree', org: null };
}

export function routePath(route: Route): string {
  if (route.page === 'login') return '/login';
  if (route.page === 'audit') return '/audit';
  if (route.page === 'import') return '/import';
  if (route.page === 'building') return route.org ? `/building/${encodeURIComponent(route.org)}` : '/building';
  if (route.page === 'public-draft') return `/gop-y/${route.id}`;
  if (route.page === 'personnel') {
    return route.org && route.term ? `/personnel/${encodeURIComponent(route.org)}/${route.term}` : '/personnel';
  }
  if (route.page === 'documents') {
    if (!route.org || !route.term) return '/documents';
    const congress = `/documents/${encodeURIComponent(route.org)}/${route.term}`;
    return route.version === null ? congress : `${congress}/${route.version}`;
  }
  if (route.page === 'results') {
    return route.org && route.term ? `/results/${encodeURIComponent(route.org)}/${route.term}` : '/results';
  }
  if (route.page === 'groups') {
    return route.org && route.term ? `/groups/${encodeURIComponent(route.org)}/${route.term}` : '/groups';
  }
  if (route.page === 'inspection') return route.id === null ? '/inspection' : `/inspection/${route.id}`;
  if (route.page === 'plan') {
    if (!route.org) return '/plan';
    const org = `/plan/${encodeURIComponent(route.org)}`;
    return route.term ? `${org}/${route.term}` : org;
  }
  if (route.page === 'allocation') return route.id === null ? '/allocation' : `/allocation/${route.id}`;
  if (route.page === 'roll') {
    if (!route.org) return '/roll';
    const org = `/roll/${encodeURIComponent(route.org)}`;
    return route.term ? `${org}/${route.term}` : org;
  }
  if (route.page === 'elections') {
    if (!route.org) return '/elections';
    const org = `/elections/${encodeURIComponent(route.org)}`;
    if (!route.term) return org;
    return route.election === null ? `${org}/${route.term}` : `${org}/${route.term}/${route.election}`;
  }
  if (route.page === 'count' || route.page === 'projector') return `/${route.page}/${route.round}`;
  if (route.page === 'progress') {
    if (!route.org) return '/progress';
    const org = `/progress/${encodeURIComponent(route.org)}`;
    return route.asOf ? `${org}/${route.asOf}` : org;
  }
  return route.org ? `/org/${encodeURIComponent(route.org)}` : '/';
}

const listeners = new Set<() => void>();

export function navigate(route: Route, replace = false): void {
  const path = routePath(route);
  if (path === window.location.pathname) return;
  if (replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  listeners.forEach((listener) => listener());
}

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.pathname));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.pathname));
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return route;
}
