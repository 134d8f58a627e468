/**
 * The map's named effects (STYLE.md: the map is an imperative island). MapContainer's props are
 * set once; these children steer it from the store and report its moves back.
 */
import { latLngBounds } from 'leaflet';
import type { Map as LeafletMap } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap, useMapEvent } from 'react-leaflet';
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

/** On first show, with no viewport in the store (or the link), fit the drawn meetings. */
export function FitToData({ points }: { points: LatLon[] }) {
  const map = useMap();
  const done = useRef(false);
  useEffect(
    function fitOnce() {
      if (done.current) return;
      done.current = true;
      const saved = useStore.getState().mapView;
      if (saved) map.setView([saved.lat, saved.lon], saved.zoom, { animate: false });
      else if (points.length > 0)
        map.fitBounds(latLngBounds(points), { padding: [40, 40], maxZoom: 4, animate: false });
    },
    [map, points],
  );
  return null;
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

/** After each pan or zoom, write the viewport to the store (and so to the link). */
export function TrackMapView() {
  const setMapView = useStore((s) => s.setMapView);
  useMapEvent('moveend', function storeViewport(e) {
    const map = e.target as LeafletMap;
    const c = map.getCenter();
    const next = round({ lat: c.lat, lon: c.lng, zoom: map.getZoom() });
    const prev = useStore.getState().mapView;
    if (!prev || !same(prev, next)) setMapView(next);
  });
  return null;
}
