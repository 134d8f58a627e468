import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, useStore } from '../../../src/app/state/store';
import { startUrlSync } from '../../../src/app/state/url-sync';
import type { UrlWindow } from '../../../src/app/state/url-sync';

/** A window stand-in recording history calls; `go(hash)` plays a hashchange like Back does. */
function fakeWindow(hash: string) {
  const listeners = new Map<string, () => void>();
  const calls: { kind: 'push' | 'replace'; hash: string }[] = [];
  const win: UrlWindow = {
    location: { hash },
    history: {
      pushState: (_d, _t, url) => {
        win.location.hash = String(url);
        calls.push({ kind: 'push', hash: String(url) });
      },
      replaceState: (_d, _t, url) => {
        win.location.hash = String(url);
        calls.push({ kind: 'replace', hash: String(url) });
      },
    },
    addEventListener: (type, l) => listeners.set(type, l),
    removeEventListener: (type) => listeners.delete(type),
  };
  const go = (h: string) => {
    win.location.hash = h;
    listeners.get('hashchange')?.();
  };
  return { win, calls, go };
}

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  useStore.setState({ view: 'map', filters: EMPTY_FILTERS, selection: null, mapView: null, slide: 0 });
});

describe('startUrlSync(window)', () => {
  it('restores view, filters, selection and viewport from a deep link', () => {
    const { win } = fakeWindow('#/sources?countries=IN,US&from=2025-01&sel=article:a1&at=20.000,80.000,3.00');
    stop = startUrlSync(win);
    const s = useStore.getState();
    expect(s.view).toBe('sources');
    expect(s.filters.countries).toEqual(['IN', 'US']);
    expect(s.filters.from).toBe('2025-01');
    expect(s.selection).toEqual({ kind: 'article', id: 'a1' });
    expect(s.mapView).toEqual({ lat: 20, lon: 80, zoom: 3 });
  });

  it('pushes a history entry for a new view or selection and replaces for a filter change', () => {
    const { win, calls } = fakeWindow('#/map');
    stop = startUrlSync(win);
    useStore.getState().setView('timeline');
    useStore.getState().toggleInFilter('countries', 'BD');
    useStore.getState().select({ kind: 'country', id: 'BD' });
    expect(calls).toEqual([
      { kind: 'push', hash: '#/timeline' },
      { kind: 'replace', hash: '#/timeline?countries=BD' },
      { kind: 'push', hash: '#/timeline?countries=BD&sel=country:BD' },
    ]);
  });

  it('follows Back: a hashchange puts the older route into the store without writing history', () => {
    const { win, calls, go } = fakeWindow('#/map');
    stop = startUrlSync(win);
    useStore.getState().setView('sources');
    const before = calls.length;
    go('#/map?status=planned');
    expect(useStore.getState().view).toBe('map');
    expect(useStore.getState().filters.statuses).toEqual(['planned']);
    expect(calls.length).toBe(before);
  });

  it('normalises an empty address to the map view without a new entry', () => {
    const { win, calls } = fakeWindow('');
    stop = startUrlSync(win);
    expect(calls).toEqual([{ kind: 'replace', hash: '#/map' }]);
  });
});
