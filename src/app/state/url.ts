/**
 * Hash routes and the URL codec: `#/<view>?countries=IN,US&from=2025-01&sel=country:IN`.
 *
 * | state key          | in the URL | persists (localStorage) |
 * |--------------------|------------|-------------------------|
 * | view               | yes (path) | no                      |
 * | filters.*          | yes        | no                      |
 * | selection          | yes (sel)  | no                      |
 * | mapView            | yes (at)   | no                      |
 * | slide              | yes (path) | no                      |
 * | locale             | no         | yes                     |
 * | blank, flyMap      | no         | no                      |
 *
 * A slide link is only its number (`#/present/3`): the slide itself sets the filters, selection
 * and map viewport (features/present/story.json).
 */
import { EVENT_STATUSES, EVENT_TYPES, LANGUAGES } from '../../shared/vocab';
import type { EventStatus, EventType, Language } from '../../shared/vocab';
import { EMPTY_FILTERS, VIEWS } from './store';
import type { Filters, MapView, Selection, SelectionKind, View } from './store';

export interface RouteState {
  view: View;
  slide: number;
  filters: Filters;
  selection: Selection | null;
  mapView: MapView | null;
}

const SELECTION_KINDS: SelectionKind[] = [
  'country',
  'person',
  'mineral',
  'event',
  'article',
  'place',
  'pair',
];
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function list(value: string | null): string[] {
  return value ? value.split(',').filter(Boolean) : [];
}

function oneOf<T extends string>(values: readonly T[], items: string[]): T[] {
  return items.filter((x): x is T => (values as readonly string[]).includes(x));
}

/** Reads a location hash ("#/map?countries=IN") into route state; unknown parts fall back to defaults. */
export function parseHash(hash: string): RouteState {
  const raw = hash.replace(/^#/, '');
  const [path = '', query = ''] = raw.split('?', 2) as [string, string?];
  const parts = path.split('/').filter(Boolean);
  const view = (VIEWS as readonly string[]).includes(parts[0] ?? '') ? (parts[0] as View) : 'map';
  const slideNo = Number(parts[1]);
  const slide = view === 'present' && Number.isInteger(slideNo) && slideNo >= 1 ? slideNo - 1 : 0;
  const q = new URLSearchParams(query);
  const date = (k: string) => {
    const v = q.get(k);
    return v && PARTIAL_DATE.test(v) ? v : null;
  };
  const filters: Filters = {
    ...EMPTY_FILTERS,
    from: date('from'),
    to: date('to'),
    countries: list(q.get('countries')).map((c) => c.toUpperCase()),
    people: list(q.get('people')),
    minerals: list(q.get('minerals')),
    types: oneOf<EventType>(EVENT_TYPES, list(q.get('types'))),
    statuses: oneOf<EventStatus>(EVENT_STATUSES, list(q.get('status'))),
    languages: oneOf<Language>(LANGUAGES, list(q.get('lang'))),
  };
  let selection: Selection | null = null;
  const sel = q.get('sel');
  if (sel) {
    const i = sel.indexOf(':');
    const kind = sel.slice(0, i) as SelectionKind;
    const id = sel.slice(i + 1);
    if (i > 0 && id && SELECTION_KINDS.includes(kind)) selection = { kind, id };
  }
  let mapView: MapView | null = null;
  const at = list(q.get('at')).map(Number);
  if (at.length === 3 && at.every(Number.isFinite)) mapView = { lat: at[0]!, lon: at[1]!, zoom: at[2]! };
  return { view, slide, filters, selection, mapView };
}

/** Writes route state as a hash; empty filters are left out so links stay short. */
export function formatHash(state: RouteState): string {
  if (state.view === 'present') return `#/present/${state.slide + 1}`;
  const q = new URLSearchParams();
  const f = state.filters;
  if (f.countries.length) q.set('countries', f.countries.join(','));
  if (f.people.length) q.set('people', f.people.join(','));
  if (f.minerals.length) q.set('minerals', f.minerals.join(','));
  if (f.types.length) q.set('types', f.types.join(','));
  if (f.statuses.length) q.set('status', f.statuses.join(','));
  if (f.languages.length) q.set('lang', f.languages.join(','));
  if (f.from) q.set('from', f.from);
  if (f.to) q.set('to', f.to);
  if (state.selection) q.set('sel', `${state.selection.kind}:${state.selection.id}`);
  if (state.mapView) {
    const m = state.mapView;
    q.set('at', [m.lat.toFixed(3), m.lon.toFixed(3), m.zoom.toFixed(2)].join(','));
  }
  const path = `/${state.view}`;
  const query = q.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return `#${path}${query ? `?${query}` : ''}`;
}
