/**
 * The map's named effects (STYLE.md: the map is an imperative island). MapContainer's props are
 * set once; these children steer it from the store and report its moves back.
 */
import { latLngBounds } from 'leaflet';
import type { Map as LeafletMap } from 'leaflet';
import { useEffect } from 'react';
import { useMap, useMapEvent } from 'react-leaflet';
import type { MapContainerProps } from 'react-leaflet';
import { useStore } from '../../state/store';
import type { MapView } from '../../state/store';
import type { LatLon } from '../../charts/map/arcs';

const round = (v: MapView): MapView => ({
  lat: Math.round(v.lat * 1000) / 1000,
  lon: Math.round(v.lon * 1000) / 1000,
  zoom: Math.round(v.zoom * 100) / 100,
});

function same(a: MapView, b: MapView): boolean {
  return Math.abs(a.lat - b.lat) < 0.01 && Math.abs(a.lon - b.lon) < 0.01 && Math.abs(a.zoom - b.zoom) < 0.05;
}

/**
 * The map's first view, given when the map is made: the viewport in the store (from a link, Back
 * or a slide), or else the drawn meetings fitted. Set after the countries are drawn, it would make
 * Leaflet project every country a second time on the first draw.
 */
export function initialView(
  points: readonly LatLon[],
): Pick<MapContainerProps, 'center' | 'zoom' | 'bounds' | 'boundsOptions'> {
  const saved = useStore.getState().mapView;
  if (saved) return { center: [saved.lat, saved.lon], zoom: saved.zoom };
  if (points.length > 0)
    return {
      bounds: latLngBounds(points as LatLon[]),
      boundsOptions: { padding: [40, 40], maxZoom: 4, animate: false },
    };
  return { center: [20, 60], zoom: 2 };
}

/** Flying is for presentation mode (the store's flyMap), and never for people who ask for less motion. */
function shouldFly(): boolean {
  return useStore.getState().flyMap && !globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}

/** When the store's viewport changes (Back, a pasted link, the next slide), move the map there. */
export function FollowMapView() {
  const map = useMap();
  const mapView = useStore((s) => s.mapView);
  useEffect(
    function followStore() {
      if (!mapView) return;
      const c = map.getCenter();
      const here = { lat: c.lat, lon: c.lng, zoom: map.getZoom() };
      if (same(here, mapView)) return;
      if (shouldFly()) map.flyTo([mapView.lat, mapView.lon], mapView.zoom, { duration: 1.2 });
      else map.setView([mapView.lat, mapView.lon], mapView.zoom, { animate: false });
    },
    [map, mapView],
  );
  return null;
}

/** The viewport, rounded for the link. */
function viewOf(map: LeafletMap): MapView {
  const c = map.getCenter();
  return round({ lat: c.lat, lon: c.lng, zoom: map.getZoom() });
}

/** After each pan or zoom, and on first show, write the viewport to the store (and so to the link). */
export function TrackMapView() {
  const map = useMap();
  const setMapView = useStore((s) => s.setMapView);
  useEffect(
    function storeFirstViewport() {
      if (!useStore.getState().mapView) setMapView(viewOf(map));
    },
    [map, setMapView],
  );
  useMapEvent('moveend', function storeViewport(e) {
    const next = viewOf(e.target as LeafletMap);
    const prev = useStore.getState().mapView;
    if (!prev || !same(prev, next)) setMapView(next);
  });
  return null;
}
