/**
 * The map as a standalone picture: basemap, visit arcs and meeting markers projected exactly as
 * Leaflet shows them for a viewport (./mercator.ts), clusters as on screen at that zoom, and only
 * what falls inside the view. A title band above and a legend/source band below (./map-frame.ts).
 * Pure: `layoutMap(input, viewport) -> MapModel`; ./map-svg.tsx renders it.
 */
import { geoPath, geoTransform } from 'd3';
import type { MapAggregate } from './aggregate';
import { markerRadius } from './aggregate';
import type { LatLon, VisitArc } from './arcs';
import { routeWeight, visitRoutes } from './routes';
import { countryShapes } from './basemap';
import { clusterMarkers } from './cluster';
import type { MapFrame, MapFrameText } from './map-frame';
import { mapFrame } from './map-frame';
import { ARC_STYLE, countryStyle, markerStyle } from './map-style';
import type { MarkStyle } from './map-style';
import type { MapViewport } from './mercator';
import { viewProjector } from './mercator';

export interface MapLayoutInput {
  aggregate: MapAggregate;
  arcs: readonly VisitArc[];
  /** What is selected on screen, drawn outlined as there. */
  selection: { kind: string; id: string } | null;
  /** Marker radii are multiplied by this, as on screen (root font size / 16). */
  markerScale: number;
  text: MapFrameText;
}

export interface MapModel {
  frame: MapFrame;
  viewport: MapViewport;
  countries: { iso: string | null; name: string; d: string; style: MarkStyle }[];
  /** Visit routes: every visit between the same two places shares one line, wider for more. */
  arcs: { key: string; eventIds: string[]; d: string; width: number }[];
  markers: {
    key: string;
    eventIds: string[];
    x: number;
    y: number;
    r: number;
    count: number;
    style: MarkStyle;
  }[];
  arcStyle: typeof ARC_STYLE;
}

const round = (v: number) => Math.round(v * 10) / 10;

type Box = [[number, number], [number, number]];
const overlaps = ([[x0, y0], [x1, y1]]: Box, w: number, h: number) =>
  x1 >= 0 && y1 >= 0 && x0 <= w && y0 <= h;

export function layoutMap(input: MapLayoutInput, viewport: MapViewport): MapModel {
  const { aggregate, selection } = input;
  const { width: w, height: h, zoom } = viewport;
  const project = viewProjector(viewport);
  // A planar transform, not d3.geoMercator: d3 would cut shapes at ±180°, Leaflet does not.
  const path = geoPath(
    geoTransform({
      point(lon, lat) {
        const [x, y] = project(lat, lon);
        this.stream.point(x, y);
      },
    }),
  ).digits(1);

  const maxCountry = Math.max(0, ...aggregate.countryCounts.values());
  const countries: MapModel['countries'] = [];
  for (const f of countryShapes().features) {
    if (!overlaps(path.bounds(f) as Box, w, h)) continue;
    const iso = f.properties.iso;
    const selected = selection?.kind === 'country' && selection.id === iso;
    const style = countryStyle(iso ? (aggregate.countryCounts.get(iso) ?? 0) : 0, maxCountry, selected);
    countries.push({ iso, name: f.properties.name, d: path(f) ?? '', style });
  }

  const line = (points: readonly LatLon[]) =>
    points
      .map(([lat, lon], i) => {
        const [x, y] = project(lat, lon);
        return `${i ? 'L' : 'M'}${round(x)},${round(y)}`;
      })
      .join('');
  // Visits drawn as routes, as on screen (./routes.ts).
  const arcs = visitRoutes(input.arcs)
    .filter((a) =>
      overlaps(
        path.bounds({ type: 'LineString', coordinates: a.path.map(([lat, lon]) => [lon, lat]) }) as Box,
        w,
        h,
      ),
    )
    .map((a) => ({
      key: a.key,
      eventIds: a.eventIds,
      d: `${line(a.path)}${line(a.arrow)}`,
      width: routeWeight(a.eventIds.length),
    }));

  const maxMarker = Math.max(1, ...aggregate.markers.map((m) => m.count));
  const markers = clusterMarkers(aggregate.markers, zoom)
    .map((m) => {
      const [x, y] = project(m.lat, m.lon);
      const selected =
        selection?.kind === 'event'
          ? m.eventIds.includes(selection.id)
          : selection?.kind === 'place' && selection.id === m.placeId;
      return {
        key: m.key,
        eventIds: m.eventIds,
        x: round(x),
        y: round(y),
        r: round(markerRadius(m.count, maxMarker) * input.markerScale),
        count: m.count,
        style: markerStyle(m.category, m.approximate, selected),
      };
    })
    .filter((m) => m.x + m.r >= 0 && m.y + m.r >= 0 && m.x - m.r <= w && m.y - m.r <= h);

  return {
    frame: mapFrame(input.text, w, h, maxCountry, input.markerScale),
    viewport,
    countries,
    arcs,
    markers,
    arcStyle: ARC_STYLE,
  };
}
