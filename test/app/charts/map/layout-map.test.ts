// @vitest-environment jsdom
import { CRS, latLng } from 'leaflet';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../../src/app/data/load';
import { aggregateMeetings } from '../../../../src/app/charts/map/aggregate';
import { visitArcs } from '../../../../src/app/charts/map/arcs';
import { anchorWithPlaces } from '../../../../src/app/charts/map/basemap';
import { clusterMarkers } from '../../../../src/app/charts/map/cluster';
import { layoutMap } from '../../../../src/app/charts/map/layout-map';
import type { MapFrameText } from '../../../../src/app/charts/map/map-frame';
import { viewProjector, worldPixel } from '../../../../src/app/charts/map/mercator';
import fixture from '../../../fixtures/app/dataset.json';

const dataset = parseDataset(fixture);
const aggregate = aggregateMeetings(dataset.events);
const arcs = visitArcs(dataset.events, anchorWithPlaces(dataset.places));
const text: MapFrameText = {
  title: 'World map of meetings',
  subtitle: ['Dates: all dates'],
  legendTitle: 'Meetings',
  bilateral: 'Bilateral / visit',
  multilateral: 'Multilateral / summit',
  planned: 'Planned',
  approximate: 'approximate: capital of the country',
  arcs: 'Visit (visitor → host)',
  shading: 'Meetings per country',
  rampEnds: ['1', '9'],
  footer: ['Basemap: Natural Earth (world-atlas). Data: Diplomap pipeline.'],
};
const input = { aggregate, arcs, selection: null, markerScale: 1, text };

describe('worldPixel(lat, lon, zoom) and viewProjector(viewport)', () => {
  it('agree with Leaflet’s own EPSG:3857 projection at any zoom', () => {
    for (const [lat, lon, zoom] of [
      [0, 0, 0],
      [28.6139, 77.209, 4],
      [-33.87, 151.21, 2.25],
      [64.15, -21.94, 7.5],
      [85.2, 179.9, 1],
    ] as const) {
      const p = CRS.EPSG3857.latLngToPoint(latLng(lat, lon), zoom);
      const [x, y] = worldPixel(lat, lon, zoom);
      expect(x).toBeCloseTo(p.x, 6);
      expect(y).toBeCloseTo(p.y, 6);
    }
  });

  it('puts the view’s centre in the middle of the container', () => {
    const project = viewProjector({ lat: 25, lon: 80, zoom: 4, width: 742, height: 610 });
    const [x, y] = project(25, 80);
    expect(x).toBeCloseTo(371, 6);
    expect(y).toBeCloseTo(305, 6);
  });
});

describe('layoutMap(input, viewport)', () => {
  const world = { lat: 20, lon: 60, zoom: 1.5, width: 742, height: 610 };

  it('draws every country and, at world zoom, the same clusters as the screen', () => {
    const m = layoutMap(input, world);
    expect(m.countries.length).toBeGreaterThan(150);
    expect(m.countries.every((c) => c.d.startsWith('M'))).toBe(true);
    expect(m.markers.map((x) => x.key)).toEqual(clusterMarkers(aggregate.markers, 1.5).map((x) => x.key));
    expect(m.arcs.length).toBe(arcs.length);
    // The map sits under the title band, and the legend below it.
    expect(m.frame.map.y).toBeGreaterThan(m.frame.title.y);
    expect(m.frame.legendTitle.y).toBeGreaterThan(m.frame.map.y + m.frame.map.height);
    expect(m.frame.height).toBeGreaterThan(m.frame.footer.at(-1)!.y);
  });

  it('leaves out what lies outside a zoomed-in view', () => {
    const m = layoutMap(input, { lat: 28.6, lon: 77.2, zoom: 6, width: 600, height: 400 });
    expect(m.countries.length).toBeLessThan(20);
    expect(m.countries.map((c) => c.iso)).toContain('IN');
    expect(m.countries.map((c) => c.iso)).not.toContain('US');
    for (const k of m.markers) {
      expect(k.x + k.r).toBeGreaterThanOrEqual(0);
      expect(k.x - k.r).toBeLessThanOrEqual(600);
    }
    expect(m.markers.length).toBeLessThan(aggregate.markers.length);
  });

  it('outlines the selected country and grows markers with the page’s font scale', () => {
    const plain = layoutMap(input, world);
    const m = layoutMap({ ...input, selection: { kind: 'country', id: 'IN' }, markerScale: 1.5 }, world);
    expect(m.countries.find((c) => c.iso === 'IN')!.style).toMatchObject({ stroke: '#000', strokeWidth: 2 });
    expect(m.countries.find((c) => c.iso === 'US')!.style.stroke).not.toBe('#000');
    expect(m.markers[0]!.r).toBeCloseTo(plain.markers[0]!.r * 1.5, 0);
  });

  it('wraps the legend onto more lines in a narrow picture', () => {
    const wide = layoutMap(input, { ...world, width: 1400 });
    const narrow = layoutMap(input, { ...world, width: 420 });
    const rows = (m: typeof wide) => new Set(m.frame.legend.map((s) => s.y)).size;
    expect(rows(wide)).toBe(1);
    expect(rows(narrow)).toBeGreaterThan(1);
    for (const s of narrow.frame.legend) expect(s.x).toBeLessThan(420);
  });
});
