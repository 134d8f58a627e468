/**
 * Leaflet's default projection (EPSG:3857, spherical Web Mercator) in pixels: at zoom z the world
 * is 256 * 2^z px wide, x grows east and y south. Longitudes are not wrapped, as Leaflet does not
 * wrap them (basemap.ts unwraps rings past ±180), so the same lat/lon lands on the same pixel here
 * as on screen. Pure; shared by the clustering and the map's vector export.
 */

/** Leaflet's L.Projection.SphericalMercator.MAX_LATITUDE. */
const MAX_LATITUDE = 85.0511287798;

/** World pixel of a position at a zoom (Leaflet's `map.project(latlng, zoom)`). */
export function worldPixel(lat: number, lon: number, zoom: number): [number, number] {
  const size = 256 * 2 ** zoom;
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const s = Math.sin((clamped * Math.PI) / 180);
  return [((lon + 180) / 360) * size, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * size];
}

export interface MapViewport {
  /** Centre of the view, degrees. */
  lat: number;
  lon: number;
  zoom: number;
  /** The map container's size in CSS pixels. */
  width: number;
  height: number;
}

/**
 * Position -> pixel in the map container, as Leaflet's `latLngToContainerPoint` gives it for a
 * map centred on (lat, lon) at `zoom` in a width × height container.
 */
export function viewProjector(v: MapViewport): (lat: number, lon: number) => [number, number] {
  const [cx, cy] = worldPixel(v.lat, v.lon, v.zoom);
  const dx = v.width / 2 - cx;
  const dy = v.height / 2 - cy;
  return (lat, lon) => {
    const [x, y] = worldPixel(lat, lon, v.zoom);
    return [x + dx, y + dy];
  };
}
