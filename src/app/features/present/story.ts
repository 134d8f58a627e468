/**
 * The presentation's slides: saved views authored as data (./story.json), checked by a zod schema
 * when the module loads, so a broken story fails loudly instead of showing an empty slide.
 * test/app/present/story.test.ts checks every slide against the dataset built from seeds/.
 */
import type { ComponentType } from 'react';
import { z } from 'zod';
import { EVENT_STATUSES, EVENT_TYPES, LANGUAGES, MINERAL_IDS } from '../../../shared/vocab';
import { EMPTY_FILTERS } from '../../state/store';
import type { Filters, MapView, Selection } from '../../state/store';
import raw from './story.json';

/** Text in the three interface languages. */
const localText = z.object({ en: z.string().min(1), bn: z.string().min(1), hi: z.string().min(1) });
/** "YYYY", "YYYY-MM" or "YYYY-MM-DD", as the filters take them. */
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

/** The shared filters a slide sets; what it leaves out means "all". */
const slideFilters = z
  .object({
    from: partialDate,
    to: partialDate,
    countries: z.array(z.string().regex(/^[A-Z]{2}$/)),
    people: z.array(z.string().min(1)),
    minerals: z.array(z.enum(MINERAL_IDS)),
    types: z.array(z.enum(EVENT_TYPES)),
    statuses: z.array(z.enum(EVENT_STATUSES)),
    languages: z.array(z.enum(LANGUAGES)),
  })
  .partial()
  .strict();

export const slideSchema = z
  .object({
    /** Shown large at the top of the slide. */
    title: localText,
    /** Speaker notes: shown on demand (N) and printed on the handout. */
    notes: localText,
    /** Which view draws the slide. */
    view: z.enum(['map', 'minerals', 'relations', 'timeline', 'sources']),
    filters: slideFilters,
    /** The entity highlighted in the view. */
    selection: z
      .object({ kind: z.enum(['country', 'person', 'mineral', 'event', 'article', 'place']), id: z.string() })
      .optional(),
    /** Map viewport: centre in degrees and Leaflet zoom level. Required on map slides. */
    mapView: z.object({ lat: z.number(), lon: z.number(), zoom: z.number() }).optional(),
  })
  .strict()
  .refine((s) => s.view !== 'map' || s.mapView, { message: 'a map slide needs a mapView' });

export type Slide = z.infer<typeof slideSchema>;

/** Draws one view by name; the shell passes its own (view-outlet.tsx), so no feature imports another. */
export type SlotComponent = ComponentType<{ view: Slide['view'] }>;

export const storySchema = z.array(slideSchema).min(1);

/** The default story, from the seed articles: rare-earth diplomacy, November 2025 to March 2026. */
export const STORY: Slide[] = storySchema.parse(raw);

/** The part of the store a slide sets. */
export interface SlideState {
  filters: Filters;
  selection: Selection | null;
  mapView: MapView | null;
}

export function slideState(slide: Slide): SlideState {
  return {
    filters: { ...EMPTY_FILTERS, ...slide.filters },
    selection: slide.selection ?? null,
    mapView: slide.mapView ?? null,
  };
}

/** A slide number from the URL, kept inside the story. */
export function clampSlide(index: number, count = STORY.length): number {
  return Math.min(Math.max(0, Math.trunc(index) || 0), count - 1);
}
