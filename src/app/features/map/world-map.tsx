/**
 * The Leaflet map: the offline basemap shaded by meetings per country, visit arcs, and meeting
 * markers. SVG renderer (markers are real <path> elements), no tile layer.
 */
import type { Feature, Geometry } from 'geojson';
import type { GeoJSON as LeafletGeoJSON, Layer, Path, PathOptions } from 'leaflet';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { GeoJSON, MapContainer, Polyline, useMap, useMapEvent } from 'react-leaflet';
import type { DiploEvent } from '../../../shared/schema';
import { useStore } from '../../state/store';
import type { Selection, UiLocale } from '../../state/store';
import type { MapAggregate, MeetingMarker as MeetingMarkerModel } from '../../charts/map/aggregate';
import { clusterMarkers } from '../../charts/map/cluster';
import { markerRadius } from '../../charts/map/aggregate';
import { ARC_STYLE, countryStyle } from '../../charts/map/map-style';
import { selectMarker } from './select-marker';
import type { LatLon, VisitArc } from '../../charts/map/arcs';
import { countryShapes } from '../../charts/map/basemap';
import type { CountryProps } from '../../charts/map/basemap';
import { FollowMapView, initialView, TrackMapView } from './map-sync';
import { MeetingMarker } from './meeting-marker';
import { routeWeight, visitRoutes } from '../../charts/map/routes';

export function WorldMap(props: {
  aggregate: MapAggregate;
  arcs: VisitArc[];
  events: Map<string, DiploEvent>;
  label: string;
}) {
  const { aggregate, arcs, events } = props;
  const locale = useStore((s) => s.locale);
  const selection = useStore((s) => s.selection);
  const shapes = useMemo(() => countryShapes(), []);
  const maxCountry = Math.max(0, ...aggregate.countryCounts.values());
  const maxMarker = Math.max(1, ...aggregate.markers.map((m) => m.count));
  // Marker sizes follow the root font size, which grows with the viewport (projector, 4K).
  const scale = useMemo(() => parseFloat(getComputedStyle(document.documentElement).fontSize) / 16 || 1, []);
  // Read once: MapContainer takes its first view when it is made, later props are ignored.
  const [first] = useState(() => initialView(aggregate.markers.map((m): LatLon => [m.lat, m.lon])));
  const routes = useMemo(() => visitRoutes(arcs), [arcs]);

  const style = useCallback(
    (f?: Feature<Geometry, CountryProps>): PathOptions => {
      const iso = f?.properties.iso ?? '';
      const selected = selection?.kind === 'country' && selection.id === iso;
      const look = countryStyle(aggregate.countryCounts.get(iso) ?? 0, maxCountry, selected);
      return {
        fillColor: look.fill,
        fillOpacity: look.fillOpacity,
        color: look.stroke,
        weight: look.strokeWidth,
      };
    },
    [aggregate, maxCountry, selection],
  );
  // Leaflet draws the countries with the first style; after that only the countries whose look
  // changed are restyled (react-leaflet would restyle all of them, eight attributes each).
  const geo = useRef<LeafletGeoJSON>(null);
  const [firstStyle] = useState(() => style);
  useEffect(
    function shadeCountries() {
      geo.current?.eachLayer((layer) => {
        const path = layer as Path & { feature?: Feature<Geometry, CountryProps> };
        const next = style(path.feature);
        const now = path.options;
        const same =
          now.fillColor === next.fillColor &&
          now.fillOpacity === next.fillOpacity &&
          now.color === next.color &&
          now.weight === next.weight;
        if (!same) path.setStyle(next);
      });
    },
    [style],
  );

  const onEachCountry = useCallback((f: Feature<Geometry, CountryProps>, layer: Layer) => {
    const iso = f.properties.iso;
    // Set before Leaflet creates the <path>, so every country path carries a class tests can find.
    (layer as Path).options.className = `country${iso ? ` country-${iso}` : ''}`;
    if (iso) layer.on('click', () => useStore.getState().select({ kind: 'country', id: iso }));
  }, []);

  return (
    <MapContainer
      {...first}
      className="world-map"
      minZoom={1}
      maxZoom={10}
      worldCopyJump={false}
      keyboard
      zoomSnap={0.25}
      aria-label={props.label}
    >
      <GeoJSON
        ref={geo}
        data={shapes}
        style={firstStyle as (f?: Feature) => PathOptions}
        onEachFeature={onEachCountry}
      />
      {routes.map((r) => (
        <RouteLine key={r.key} path={r.path} arrow={r.arrow} visits={r.eventIds.length} />
      ))}
      <ClusteredMarkers
        markers={aggregate.markers}
        events={events}
        maxMarker={maxMarker}
        scale={scale}
        locale={locale}
        selection={selection}
      />
      <TrackMapView />
      <FollowMapView />
    </MapContainer>
  );
}

/**
 * One visit route. Its path and arrow are the same objects from one filter change to the next
 * (arcs are cached per event), so its Leaflet layer is only touched when its width changes.
 */
const RouteLine = memo(function RouteLine(props: {
  path: readonly LatLon[];
  arrow: LatLon[];
  visits: number;
}) {
  const { path, arrow, visits } = props;
  // Leaflet reads the shared path into LatLng objects of its own; it never changes it.
  const positions = useMemo(() => [path as LatLon[], arrow], [path, arrow]);
  const pathOptions = useMemo(
    () => ({
      color: ARC_STYLE.stroke,
      weight: routeWeight(visits),
      opacity: ARC_STYLE.strokeOpacity,
      className: 'visit-arc',
      interactive: false,
    }),
    [visits],
  );
  return <Polyline positions={positions} pathOptions={pathOptions} />;
});

/**
 * The meeting markers, clustered when they would overlap at the current zoom. A click on a
 * cluster zooms in on it; on a single marker it selects its meeting (or place).
 */
function ClusteredMarkers(props: {
  markers: MeetingMarkerModel[];
  events: Map<string, DiploEvent>;
  maxMarker: number;
  scale: number;
  locale: UiLocale;
  selection: Selection | null;
}) {
  const { events, maxMarker, scale, locale, selection } = props;
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvent('zoomend', () => setZoom(map.getZoom()));
  const markers = useMemo(() => clusterMarkers(props.markers, zoom), [props.markers, zoom]);
  const onSelect = useCallback(
    (marker: MeetingMarkerModel) =>
      marker.key.startsWith('cluster:')
        ? map.flyTo([marker.lat, marker.lon], Math.min(map.getMaxZoom(), zoom + 2))
        : selectMarker(marker),
    [map, zoom],
  );
  return (
    <>
      {markers.map((m) => (
        <MeetingMarker
          // By place, so a filter change updates the place's layer instead of replacing it.
          key={m.key}
          marker={m}
          events={events}
          radius={markerRadius(m.count, maxMarker) * scale}
          selected={
            selection?.kind === 'event'
              ? m.eventIds.includes(selection.id)
              : selection?.kind === 'place' && selection.id === m.placeId
          }
          locale={locale}
          onSelect={onSelect}
        />
      ))}
    </>
  );
}
