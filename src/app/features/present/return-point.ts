/**
 * Where leaving the presentation goes back to. Slides overwrite the shared filters, selection and
 * map viewport, so the state the user had just before entering (by the header link, a pasted
 * `#/present/N` or Back) is kept here and restored on Esc. This module is in the first bundle
 * (app.tsx starts it); the rest of the presentation loads on demand.
 */
import { EMPTY_FILTERS, useStore } from '../../state/store';
import { applyRoute, routeOf } from '../../state/url-sync';
import type { RouteState } from '../../state/url';

const START: RouteState = { view: 'map', slide: 0, filters: EMPTY_FILTERS, selection: null, mapView: null };

let returnTo: RouteState | null = null;

/** Starts watching for entries into presentation mode; returns a function that stops it. */
export function rememberReturnPoint(): () => void {
  return useStore.subscribe((s, prev) => {
    if (s.view === 'present' && prev.view !== 'present') returnTo = routeOf(prev);
  });
}

/** Leaves presentation mode for the view, filters, selection and viewport the user had before. */
export function leavePresentation(): void {
  const back = returnTo ?? START;
  returnTo = null;
  useStore.setState({ blank: false, flyMap: false });
  applyRoute(back.view === 'present' ? START : back);
}
