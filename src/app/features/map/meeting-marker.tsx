/**
 * One marker per place. Leaflet draws the SVG path; after it is added we give the path what
 * people and tests need: `data-event-ids`, keyboard focus (tabindex) and Enter to select.
 *
 * A filter change redraws thousands of meetings into the same few hundred places, so a marker
 * keeps its Leaflet layer across changes (keyed by place) and only what changed reaches Leaflet:
 * its props are compared by value, and the objects react-leaflet compares by identity (centre,
 * style, handlers) are kept while their values stay.
 */
import type { CircleMarker as LeafletCircleMarker, LatLngTuple } from 'leaflet';
import { memo, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { CircleMarker, Tooltip } from 'react-leaflet';
import type { DiploEvent } from '../../../shared/schema';
import { markerStyle } from '../../charts/map/map-style';
import { countryName, formatPartialDate } from '../../i18n/format';
import type { UiLocale } from '../../state/store';
import type { MeetingMarker as Marker } from '../../charts/map/aggregate';
import { MAP_STRINGS } from './strings';

interface MarkerProps {
  marker: Marker;
  /** Every event by id (the tooltip lists the marker's first few). */
  events: Map<string, DiploEvent>;
  radius: number;
  selected: boolean;
  locale: UiLocale;
  onSelect: (marker: Marker) => void;
}

function MeetingMarkerLayer(props: MarkerProps) {
  const { marker, locale, selected } = props;
  const s = MAP_STRINGS[locale];
  const ref = useRef<LeafletCircleMarker>(null);
  // The latest marker and handler, for the listeners bound once.
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const label = `${marker.name}: ${marker.count} ${s.meetings}${marker.approximate ? ` (${s.approximate})` : ''}`;
  const ids = marker.eventIds.join(',');

  useEffect(function makeFocusable() {
    const el = ref.current?.getElement();
    if (!el) return;
    // react-leaflet applies pathOptions with setStyle, which ignores className: set it here.
    el.classList.add('meeting-marker');
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'button');
    const onKey = (e: Event) => {
      const key = (e as KeyboardEvent).key;
      if (key === 'Enter' || key === ' ') {
        e.preventDefault();
        latest.current.onSelect(latest.current.marker);
      }
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, []);

  useEffect(
    function nameMarker() {
      const el = ref.current?.getElement();
      el?.setAttribute('data-event-ids', ids);
      el?.setAttribute('aria-label', label);
    },
    [ids, label],
  );

  const center = useMemo<LatLngTuple>(() => [marker.lat, marker.lon], [marker.lat, marker.lon]);
  const pathOptions = useMemo(() => {
    const look = markerStyle(marker.category, marker.approximate, selected);
    return {
      color: look.stroke,
      weight: look.strokeWidth,
      fillColor: look.fill,
      fillOpacity: look.fillOpacity,
      dashArray: look.dashArray,
    };
  }, [marker.category, marker.approximate, selected]);
  const eventHandlers = useMemo(() => ({ click: () => latest.current.onSelect(latest.current.marker) }), []);

  return (
    <CircleMarker
      ref={ref}
      center={center}
      radius={props.radius}
      pathOptions={pathOptions}
      eventHandlers={eventHandlers}
    >
      <Tooltip direction="auto">
        {/* An element, not its content: the content is made only when the tooltip opens. */}
        <MarkerTip marker={marker} events={props.events} locale={locale} />
      </Tooltip>
    </CircleMarker>
  );
}

const TIP_EVENTS = 6;

function MarkerTip({ marker, events, locale }: Pick<MarkerProps, 'marker' | 'events' | 'locale'>) {
  const s = MAP_STRINGS[locale];
  const shown = marker.eventIds.slice(0, TIP_EVENTS).flatMap((id) => events.get(id) ?? []);
  return (
    <div className="marker-tip">
      <strong>
        {marker.name}, {countryName(marker.country, locale)}
      </strong>
      {marker.approximate && <div className="approx">({s.approximate})</div>}
      <ul>
        {shown.map((e) => (
          <li key={e.id}>
            {formatPartialDate(e.date, locale)}: {e.countries.map((c) => countryName(c, locale)).join(' – ')}
          </li>
        ))}
      </ul>
      {marker.eventIds.length > TIP_EVENTS && (
        <div>
          +{marker.eventIds.length - TIP_EVENTS} {s.more}
        </div>
      )}
    </div>
  );
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((id, i) => id === b[i]));
}

/** Same marker when what it draws and says is the same, whichever aggregate object it came from. */
function sameMarker(a: MarkerProps, b: MarkerProps): boolean {
  const [m, n] = [a.marker, b.marker];
  return (
    a.radius === b.radius &&
    a.selected === b.selected &&
    a.locale === b.locale &&
    a.events === b.events &&
    a.onSelect === b.onSelect &&
    m.key === n.key &&
    m.lat === n.lat &&
    m.lon === n.lon &&
    m.name === n.name &&
    m.country === n.country &&
    m.count === n.count &&
    m.category === n.category &&
    m.approximate === n.approximate &&
    m.placeId === n.placeId &&
    sameIds(m.eventIds, n.eventIds)
  );
}

export const MeetingMarker = memo(MeetingMarkerLayer, sameMarker);
