/**
 * The map as true vectors. Leaflet's panes (CSS transforms, HTML controls) do not survive
 * serialisation, so the picture is rebuilt from the view state: the same filtered meetings,
 * aggregation, clusters and arcs as the map feature (charts/map), projected for the viewport in
 * the store and the map container's pixel size, then rendered off-screen with the map chart.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Dataset } from '../../../shared/schema';
import { aggregateMeetings } from '../../charts/map/aggregate';
import { visitArcs } from '../../charts/map/arcs';
import { anchorWithPlaces } from '../../charts/map/basemap';
import { layoutMap } from '../../charts/map/layout-map';
import type { MapModel } from '../../charts/map/layout-map';
import { MAP_LABELS } from '../../charts/map/map-labels';
import { MapSvg } from '../../charts/map/map-svg';
import { filterEvents } from '../../data/filter';
import { formatNumber } from '../../i18n/format';
import type { MapView, Selection } from '../../state/store';
import type { ExportContext } from './export-context';

/** Leaflet's start view (world-map.tsx) before the map reports its own. */
const START: MapView = { lat: 20, lon: 60, zoom: 2 };

export interface MapExportInput {
  mapView: MapView | null;
  selection: Selection | null;
  /** The map container's CSS pixel size on screen. */
  width: number;
  height: number;
  /** Root font size / 16: markers grow with it on screen. */
  markerScale: number;
}

export function mapModel(dataset: Dataset, ctx: ExportContext, input: MapExportInput): MapModel {
  const events = filterEvents(dataset, ctx.filters);
  const aggregate = aggregateMeetings(events);
  const arcs = visitArcs(events, anchorWithPlaces(dataset.places));
  const l = MAP_LABELS[ctx.locale];
  const maxCountry = Math.max(0, ...aggregate.countryCounts.values());
  const view = input.mapView ?? START;
  return layoutMap(
    {
      aggregate,
      arcs,
      selection: input.selection,
      markerScale: input.markerScale,
      text: {
        title: l.mapLabel,
        subtitle: [ctx.datesText, ...(ctx.filtersText ? [ctx.filtersText] : [])],
        legendTitle: l.legendTitle,
        bilateral: l.bilateral,
        multilateral: l.multilateral,
        planned: l.planned,
        approximate: l.approximate,
        arcs: l.arcs,
        shading: l.shading,
        rampEnds: [formatNumber(1, ctx.locale), formatNumber(maxCountry, ctx.locale)],
        // Meetings without a place (calls, unknown venue) are listed beside the map on screen;
        // the file says how many so they are not silently lost.
        footer: [
          `${l.notOnMap}: ${formatNumber(aggregate.unplaced.length, ctx.locale)}`,
          l.source,
          ctx.dataText,
          ctx.exportedText,
        ],
      },
    },
    { ...view, width: Math.round(input.width), height: Math.round(input.height) },
  );
}

/** What the map on screen measures: its container's size and the root font scale. */
export function mapOnScreen(): Pick<MapExportInput, 'width' | 'height' | 'markerScale'> {
  const el = document.querySelector<HTMLElement>('main .world-map');
  const root = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return { width: el?.clientWidth || 960, height: el?.clientHeight || 540, markerScale: root / 16 };
}

/** Renders the model to a detached <svg> element (not attached to the page). */
export function mapSvgElement(model: MapModel): SVGSVGElement {
  const host = document.createElement('div');
  const root = createRoot(host);
  flushSync(() => root.render(<MapSvg model={model} />));
  const svg = host.querySelector('svg')!.cloneNode(true) as SVGSVGElement;
  root.unmount();
  return svg;
}
