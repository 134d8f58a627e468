/**
 * How the map paints its marks, shared by the Leaflet map on screen and its vector export so
 * both show the same colours, widths and dashes. Pure values and functions.
 */
import { MEETING_COLOURS, SEQUENTIAL_BLUES } from '../palette';
import { shadeStep } from './aggregate';
import type { MarkerCategory } from './aggregate';

/** The sea (the map container's background). */
export const SEA_COLOUR = '#cfe0ec';
/** Countries with no meeting after the filters. */
export const NO_MEETING_FILL = '#e9e7e1';

export interface MarkStyle {
  fill: string;
  fillOpacity: number;
  stroke: string;
  strokeWidth: number;
  strokeOpacity?: number;
  dashArray?: string;
}

/** A country shaded by its number of meetings on the 5-step ramp; the selected one outlined. */
export function countryStyle(count: number, maxCount: number, selected: boolean): MarkStyle {
  const step = shadeStep(count, maxCount);
  return {
    fill: step === null ? NO_MEETING_FILL : SEQUENTIAL_BLUES[step]!,
    fillOpacity: 1,
    stroke: selected ? '#000' : '#9a9a94',
    strokeWidth: selected ? 2 : 0.6,
  };
}

/** A meeting marker: coloured by category, dashed when only the country is known. */
export function markerStyle(category: MarkerCategory, approximate: boolean, selected: boolean): MarkStyle {
  return {
    fill: MEETING_COLOURS[category],
    fillOpacity: 0.85,
    stroke: selected ? '#000' : '#fff',
    strokeWidth: selected ? 3 : 1.5,
    dashArray: approximate ? '4 3' : undefined,
  };
}

/** Visit arcs (visitor -> host). */
export const ARC_STYLE = { stroke: '#16324f', strokeWidth: 1.8, strokeOpacity: 0.8 } as const;
