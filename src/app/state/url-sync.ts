/**
 * Keeps the location hash and the store in step (see ./url.ts for what travels in the URL).
 * Store -> URL: a new view or selection pushes a history entry, so Back returns to it; filter
 * tweaks and map moves replace the current entry, so dragging a slider does not flood history.
 * URL -> store: on start, and on hashchange/popstate (Back, Forward, an edited or pasted link).
 */
import { useStore } from './store';
import type { StoreState } from './store';
import { formatHash, parseHash } from './url';
import type { RouteState } from './url';

/** The route part of the store, as ./url.ts reads and writes it. */
export function routeOf(
  s: Pick<StoreState, 'view' | 'slide' | 'filters' | 'selection' | 'mapView'>,
): RouteState {
  return { view: s.view, slide: s.slide, filters: s.filters, selection: s.selection, mapView: s.mapView };
}

/** Puts a parsed route into the store in one update. */
export function applyRoute(route: RouteState): void {
  useStore.setState({
    view: route.view,
    slide: route.slide,
    filters: route.filters,
    selection: route.selection,
    mapView: route.mapView,
  });
}

export interface UrlWindow {
  location: { hash: string };
  history: Pick<History, 'pushState' | 'replaceState'>;
  addEventListener: (type: 'hashchange' | 'popstate', listener: () => void) => void;
  removeEventListener: (type: 'hashchange' | 'popstate', listener: () => void) => void;
}

/** Starts syncing; returns a function that stops it. `win` is injectable for tests. */
export function startUrlSync(win: UrlWindow = window): () => void {
  let applying = false;
  const fromUrl = () => {
    const hash = formatHash(routeOf(useStore.getState()));
    if (win.location.hash === hash) return;
    applying = true;
    applyRoute(parseHash(win.location.hash));
    applying = false;
  };
  fromUrl();
  // Normalise the address (e.g. "" -> "#/map") without adding a history entry.
  const first = formatHash(routeOf(useStore.getState()));
  if (win.location.hash !== first) win.history.replaceState(null, '', first);

  const unsubscribe = useStore.subscribe((s, prev) => {
    if (applying) return;
    const next = formatHash(routeOf(s));
    if (next === win.location.hash) return;
    const navigation = s.view !== prev.view || s.slide !== prev.slide || s.selection !== prev.selection;
    if (navigation) win.history.pushState(null, '', next);
    else win.history.replaceState(null, '', next);
  });
  win.addEventListener('hashchange', fromUrl);
  win.addEventListener('popstate', fromUrl);
  return () => {
    unsubscribe();
    win.removeEventListener('hashchange', fromUrl);
    win.removeEventListener('popstate', fromUrl);
  };
}
