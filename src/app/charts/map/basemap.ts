/**
 * The offline basemap: Natural Earth 1:110m country shapes from the world-atlas package, bundled
 * with the app (no tile server). Ids are ISO numeric; ./iso-numeric.json maps them to alpha-2
 * (generated at build time from i18n-iso-countries; test/app/map/iso-numeric.test.ts checks it).
 */
import { geoArea, geoCentroid } from 'd3';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { Place } from '../../../shared/schema';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import isoNumeric from './iso-numeric.json';
import type { LatLon } from './arcs';

export interface CountryProps {
  name: string;
  /** ISO alpha-2, or null for territories without one (e.g. Kosovo in this edition). */
  iso: string | null;
}

const NUMERIC: Record<string, string> = isoNumeric;

/**
 * Leaflet, unlike d3, does not cut shapes at the antimeridian: a ring jumping from 180 to -180
 * (Russia, Fiji) is drawn as a line across the world. Unwrapping keeps each ring continuous.
 */
function unwrapRing(ring: number[][]): number[][] {
  let prev: number | null = null;
  return ring.map(([lon0, lat]) => {
    let lon = lon0!;
    if (prev !== null) {
      while (lon - prev > 180) lon -= 360;
      while (lon - prev < -180) lon += 360;
    }
    prev = lon;
    return [lon, lat!];
  });
}

function unwrapGeometry(g: Geometry): Geometry {
  if (g.type === 'Polygon') return { ...g, coordinates: g.coordinates.map(unwrapRing) };
  if (g.type === 'MultiPolygon') return { ...g, coordinates: g.coordinates.map((p) => p.map(unwrapRing)) };
  return g;
}

let cache: FeatureCollection<Geometry, CountryProps> | null = null;

export function countryShapes(): FeatureCollection<Geometry, CountryProps> {
  if (cache) return cache;
  const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const fc = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  cache = {
    type: 'FeatureCollection',
    features: fc.features
      // Antarctica circles the pole, which Leaflet's Mercator cannot draw; no meeting is held there.
      .filter((f) => String(f.id) !== '010')
      .map((f) => ({
        ...f,
        geometry: unwrapGeometry(f.geometry),
        properties: { name: f.properties.name, iso: (f.id !== undefined && NUMERIC[String(f.id)]) || null },
      })),
  };
  return cache;
}

/** Centre of a country's largest polygon (so France is not pulled towards French Guiana). */
function mainCentroid(f: Feature<Geometry, CountryProps>): LatLon | null {
  const g = f.geometry;
  let shape: Polygon | MultiPolygon | null = null;
  if (g.type === 'Polygon') shape = g;
  if (g.type === 'MultiPolygon') {
    const parts = g.coordinates.map((c): Polygon => ({ type: 'Polygon', coordinates: c }));
    shape = parts.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
  }
  if (!shape) return null;
  const [lon, lat] = geoCentroid(shape);
  return [lat, lon];
}

// Centroids are computed per country on first use: all of them at once cost the first map draw ~60 ms
// on a slow CPU, for the two or three countries a visit arc needs.
const anchors = new Map<string, LatLon | null>();
let shapeByIso: Map<string, Feature<Geometry, CountryProps>> | null = null;

/** Where to anchor a country that has no place of its own (the visitor end of an arc). */
export function countryAnchor(iso: string): LatLon | null {
  const known = anchors.get(iso);
  if (known !== undefined) return known;
  shapeByIso ??= new Map(
    countryShapes().features.flatMap((f) => (f.properties.iso ? [[f.properties.iso, f]] : [])),
  );
  const shape = shapeByIso.get(iso);
  const anchor = shape ? mainCentroid(shape) : null;
  anchors.set(iso, anchor);
  return anchor;
}

/**
 * A country's anchor for arcs: its shape's centre, or, for small countries missing from the
 * 1:110m shapes (Singapore, Bahrain), the first known place in it.
 */
export function anchorWithPlaces(places: readonly Place[]): (country: string) => LatLon | null {
  let anchor = anchorsOfPlaces.get(places);
  if (anchor) return anchor;
  // One pass over the places, not one per visit: a large corpus has thousands of visits.
  const first = new Map<string, Place>();
  for (const p of places) if (!first.has(p.country)) first.set(p.country, p);
  anchor = (c) => {
    const p = first.get(c);
    return countryAnchor(c) ?? (p ? [p.lat, p.lon] : null);
  };
  anchorsOfPlaces.set(places, anchor);
  return anchor;
}

/** One anchor function per list of places, so visitArcs can keep each event's arc (see there). */
const anchorsOfPlaces = new WeakMap<readonly Place[], (country: string) => LatLon | null>();
