import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoContains, geoDistance } from 'd3';
import type { Feature, Geometry, Position } from 'geojson';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { PlaceEntry } from '../../../src/pipeline/gazetteer/types-geo';

const require = createRequire(import.meta.url);
const places = JSON.parse(
  readFileSync(new URL('../../../src/pipeline/gazetteer/places.json', import.meta.url), 'utf8'),
) as PlaceEntry[];
const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{
  countries: GeometryCollection;
}>;
const shapes = feature(topo, topo.objects.countries).features as Feature<Geometry>[];

/** Places the Natural Earth outlines draw outside their ISO country (Crimea, Somaliland, tiny atolls). */
const MAP_EXCEPTIONS = new Set([
  'sevastopol',
  'simferopol',
  'hargeisa',
  'berbera',
  'laayoune',
  'addu-city',
  'adamstown',
]);
const KM_SLACK = 100;

/** Distance in km from a point to the nearest vertex of a shape (good enough for a coast or border). */
function nearestVertexKm(shape: Feature<Geometry>, point: [number, number]): number {
  let best = Infinity;
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      best = Math.min(best, geoDistance(c as Position as [number, number], point) * 6371);
    } else if (Array.isArray(c)) c.forEach(walk);
  };
  if ('coordinates' in shape.geometry) walk(shape.geometry.coordinates);
  return best;
}

describe('places.json coordinates', () => {
  it(`puts every place inside its country's outline or within ${KM_SLACK} km of it`, () => {
    const far: string[] = [];
    for (const p of places) {
      const num = countries.alpha2ToNumeric(p.country);
      const own = shapes.filter((s) => s.id !== undefined && String(s.id).padStart(3, '0') === num);
      if (own.length === 0 || MAP_EXCEPTIONS.has(p.id)) continue;
      const point: [number, number] = [p.lon, p.lat];
      if (own.some((s) => geoContains(s, point))) continue;
      const km = Math.min(...own.map((s) => nearestVertexKm(s, point)));
      if (km > KM_SLACK) far.push(`${p.id} (${p.country}) ${Math.round(km)} km`);
    }
    expect(far).toEqual([]);
  });
});
