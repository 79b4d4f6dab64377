// A minimal router over the History API: the server answers every non-API path with
// index.html, so /import, /org/CODE and /progress/CODE/YYYY-MM-DD load directly.
import { useEffect, useState } from 'react';

export type Route =
  | { page: 'tree'; org: string | null }
  | { page: 'import' }
  | { page: 'progress'; org: string | null; asOf: string | null }
  | { page: 'allocation'; id: number | null };

export function parseRoute(pathname: string): Route {
  if (pathname === '/import' || pathname === '/import/') return { page: 'import' };
  const allocation = /^\/allocation(?:\/(\d+))?\/?$/.exec(pathname);
  if (allocation) return { page: 'allocation', id: allocation[1] ? Number(allocation[1]) : null };
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
  if (route.page === 'import') return '/import';
  if (route.page === 'allocation') return route.id === null ? '/allocation' : `/allocation/${route.id}`;
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
