/**
 * The one zustand store, in typed slices (STYLE.md). It holds ids and filters, never the dataset
 * (see ../data/load.ts). Which keys travel in the URL and which persist: see ./url.ts.
 */
import { create } from 'zustand';
import type { EventStatus, EventType, Language } from '../../shared/vocab';

export const VIEWS = ['map', 'minerals', 'relations', 'timeline', 'sources', 'present'] as const;
export type View = (typeof VIEWS)[number];

export type UiLocale = 'en' | 'bn' | 'hi';

/** The shared filters every view follows. Empty arrays mean "all". */
export interface Filters {
  /** Inclusive start, "YYYY", "YYYY-MM" or "YYYY-MM-DD"; null for open. */
  from: string | null;
  /** Inclusive end, same forms; null for open. */
  to: string | null;
  countries: string[];
  people: string[];
  minerals: string[];
  types: EventType[];
  statuses: EventStatus[];
  languages: Language[];
}

export const EMPTY_FILTERS: Filters = {
  from: null,
  to: null,
  countries: [],
  people: [],
  minerals: [],
  types: [],
  statuses: [],
  languages: [],
};

export type SelectionKind = 'country' | 'person' | 'mineral' | 'event' | 'article' | 'place' | 'pair';
/**
 * The shared selection: one entity, selected in every view at once. A 'pair' is two countries or
 * two people (an edge of a relations chart), its id the two ids joined by a comma, sorted.
 */
export interface Selection {
  kind: SelectionKind;
  id: string;
}

/** Map viewport, kept so a link or a slide restores it. */
export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}

export interface FiltersSlice {
  filters: Filters;
  setFilter: <K extends keyof Filters>(key: K, value: Filters[K]) => void;
  toggleInFilter: (
    key: 'countries' | 'people' | 'minerals' | 'types' | 'statuses' | 'languages',
    id: string,
  ) => void;
  resetFilters: () => void;
}
export interface SelectionSlice {
  selection: Selection | null;
  select: (selection: Selection | null) => void;
}
export interface ViewSlice {
  view: View;
  locale: UiLocale;
  mapView: MapView | null;
  setView: (view: View) => void;
  setLocale: (locale: UiLocale) => void;
  setMapView: (mapView: MapView | null) => void;
}
export interface PresentationSlice {
  slide: number;
  blank: boolean;
  /** Map moves fly (animated) instead of jumping; only presentation mode turns this on. */
  flyMap: boolean;
  setSlide: (slide: number) => void;
  setBlank: (blank: boolean) => void;
  setFlyMap: (flyMap: boolean) => void;
}

export type StoreState = FiltersSlice & SelectionSlice & ViewSlice & PresentationSlice;

const LOCALE_KEY = 'diplomap.locale';

function initialLocale(): UiLocale {
  try {
    const saved = globalThis.localStorage?.getItem(LOCALE_KEY);
    if (saved === 'en' || saved === 'bn' || saved === 'hi') return saved;
  } catch {
    // Storage can be unavailable (private mode, file://); English is the default.
  }
  return 'en';
}

export const useStore = create<StoreState>()((set) => ({
  filters: EMPTY_FILTERS,
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
  toggleInFilter: (key, id) =>
    set((s) => {
      const list = s.filters[key] as string[];
      const next = list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
      return { filters: { ...s.filters, [key]: next } };
    }),
  resetFilters: () => set({ filters: EMPTY_FILTERS }),

  selection: null,
  select: (selection) => set({ selection }),

  view: 'map',
  locale: initialLocale(),
  mapView: null,
  setView: (view) => set({ view }),
  setLocale: (locale) => {
    try {
      globalThis.localStorage?.setItem(LOCALE_KEY, locale);
    } catch {
      // Not remembered, still applied.
    }
    set({ locale });
  },
  setMapView: (mapView) => set({ mapView }),

  slide: 0,
  blank: false,
  setSlide: (slide) => set({ slide }),
  flyMap: false,
  setBlank: (blank) => set({ blank }),
  setFlyMap: (flyMap) => set({ flyMap }),
}));
