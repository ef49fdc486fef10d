import { useEffect, useState } from 'react';
import { planYear } from './departments';

// A hash router: the gateway serves one index.html under /dashboard/, and every page is
// `#/…`, so no server-side fallback is needed and links work from a saved file too.

export type Route =
  | { page: 'province'; year: number }
  | { page: 'county'; code: string; year: number }
  | { page: 'measure'; number: number; year: number }
  | { page: 'not-found'; path: string };

export function parseHash(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?');
  const year = planYear(new URLSearchParams(search).get('year'));
  const segments = path.split('/').filter((segment) => segment.length > 0);
  if (segments.length === 0) return { page: 'province', year };
  const [head, value] = segments;
  if (head === 'county' && value && /^\d{6}$/.test(value) && segments.length === 2) {
    return { page: 'county', code: value, year };
  }
  if (head === 'measure' && value && /^\d{1,2}$/.test(value) && segments.length === 2) {
    return { page: 'measure', number: Number(value), year };
  }
  return { page: 'not-found', path };
}

export function href(route: Exclude<Route, { page: 'not-found' }>): string {
  const query = `?year=${route.year}`;
  switch (route.page) {
    case 'province':
      return `#/${query}`;
    case 'county':
      return `#/county/${route.code}${query}`;
    case 'measure':
      return `#/measure/${route.number}${query}`;
  }
}

export function navigate(route: Exclude<Route, { page: 'not-found' }>): void {
  window.location.hash = href(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
