/**
 * One marker per place. Leaflet draws the SVG path; after it is added we give the path what
 * people and tests need: `data-event-ids`, keyboard focus (tabindex) and Enter to select.
 */
import type { CircleMarker as LeafletCircleMarker } from 'leaflet';
import { useEffect, useRef } from 'react';
import { CircleMarker, Tooltip } from 'react-leaflet';
import type { DiploEvent } from '../../../shared/schema';
import { markerStyle } from '../../charts/map/map-style';
import { countryName, formatPartialDate } from '../../i18n/format';
import type { UiLocale } from '../../state/store';
import type { MeetingMarker as Marker } from '../../charts/map/aggregate';
import { MAP_STRINGS } from './strings';

export function MeetingMarker(props: {
  marker: Marker;
  events: DiploEvent[];
  radius: number;
  selected: boolean;
  locale: UiLocale;
  onSelect: (marker: Marker) => void;
}) {
  const { marker, events, locale, onSelect } = props;
  const s = MAP_STRINGS[locale];
  const ref = useRef<LeafletCircleMarker>(null);
  const label = `${marker.name}: ${marker.count} ${s.meetings}${marker.approximate ? ` (${s.approximate})` : ''}`;

  useEffect(
    function makeFocusable() {
      const el = ref.current?.getElement();
      if (!el) return;
      // react-leaflet applies pathOptions with setStyle, which ignores className: set it here.
      el.classList.add('meeting-marker');
      el.setAttribute('data-event-ids', marker.eventIds.join(','));
      el.setAttribute('tabindex', '0');
      el.setAttribute('role', 'button');
      el.setAttribute('aria-label', label);
      const onKey = (e: Event) => {
        const key = (e as KeyboardEvent).key;
        if (key === 'Enter' || key === ' ') {
          e.preventDefault();
          onSelect(marker);
        }
      };
      el.addEventListener('keydown', onKey);
      return () => el.removeEventListener('keydown', onKey);
    },
    [marker, label, onSelect],
  );

  const look = markerStyle(marker.category, marker.approximate, props.selected);
  return (
    <CircleMarker
      ref={ref}
      center={[marker.lat, marker.lon]}
      radius={props.radius}
      pathOptions={{
        color: look.stroke,
        weight: look.strokeWidth,
        fillColor: look.fill,
        fillOpacity: look.fillOpacity,
        dashArray: look.dashArray,
      }}
      eventHandlers={{ click: () => onSelect(marker) }}
    >
      <Tooltip direction="auto">
        <div className="marker-tip">
          <strong>
            {marker.name}, {countryName(marker.country, locale)}
          </strong>
          {marker.approximate && <div className="approx">({s.approximate})</div>}
          <ul>
            {events.slice(0, 6).map((e) => (
              <li key={e.id}>
                {formatPartialDate(e.date, locale)}:{' '}
                {e.countries.map((c) => countryName(c, locale)).join(' – ')}
              </li>
            ))}
          </ul>
          {events.length > 6 && (
            <div>
              +{events.length - 6} {s.more}
            </div>
          )}
        </div>
      </Tooltip>
    </CircleMarker>
  );
}
