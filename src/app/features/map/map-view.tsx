/**
 * The Map view: meetings after the shared filters on an offline world map, the meetings that
 * cannot be placed listed beside it, and the time slider. Selecting anything fills the details panel.
 */
import { useMemo } from 'react';
import { lookup } from '../../data/lookup';
import { useDataset, useFilteredEvents } from '../../data/use-dataset';
import { countryName, formatNumber, formatPartialDate } from '../../i18n/format';
import { ShowMore, useShowMore } from '../../shell/show-more';
import { useStore } from '../../state/store';
import { aggregateMeetings } from '../../charts/map/aggregate';
import { selectMarker } from './select-marker';
import { visitArcs } from '../../charts/map/arcs';
import { anchorWithPlaces } from '../../charts/map/basemap';
import { MapLegend } from './map-legend';
import { meetingMonths, monthRange } from './months';
import { MAP_STRINGS } from './strings';
import { TimeSlider } from './time-slider';
import { WorldMap } from './world-map';

export default function MapView() {
  const dataset = useDataset();
  const events = useFilteredEvents();
  const locale = useStore((s) => s.locale);
  const selection = useStore((s) => s.selection);
  const select = useStore((s) => s.select);
  const s = MAP_STRINGS[locale];
  const aggregate = useMemo(() => aggregateMeetings(events), [events]);
  const arcs = useMemo(() => visitArcs(events, anchorWithPlaces(dataset.places)), [events, dataset]);
  const byId = lookup(dataset).event;
  const months = useMemo(() => {
    const range = meetingMonths(dataset.events.filter((e) => e.type === 'meeting').map((e) => e.date));
    return range ? monthRange(range[0], range[1]) : [];
  }, [dataset]);
  const maxCountry = Math.max(0, ...aggregate.countryCounts.values());
  const unplaced = useShowMore(aggregate.unplaced);
  const placed = useShowMore(aggregate.markers);

  return (
    <section className="map-view" aria-label={s.mapLabel}>
      <div className="map-frame">
        <WorldMap aggregate={aggregate} arcs={arcs} events={byId} label={s.mapLabel} />
        <MapLegend locale={locale} maxCountry={maxCountry} />
      </div>
      <div className="map-side">
        <TimeSlider months={months} />
        <h2 className="unplaced-title">
          {s.notOnMap}:{' '}
          <span data-testid="unplaced-count">{formatNumber(aggregate.unplaced.length, locale)}</span>
        </h2>
        <ul className="link-list unplaced" data-testid="unplaced">
          {unplaced.shown.map((e) => (
            <li key={e.id} data-event-id={e.id}>
              <button
                type="button"
                className="link"
                aria-current={selection?.kind === 'event' && selection.id === e.id ? 'true' : undefined}
                onClick={() => select({ kind: 'event', id: e.id })}
              >
                {formatPartialDate(e.date, locale)}:{' '}
                {e.countries.map((c) => countryName(c, locale)).join(' – ')}
              </button>
            </li>
          ))}
        </ul>
        <ShowMore
          shown={unplaced.shown.length}
          total={aggregate.unplaced.length}
          onMore={unplaced.more}
          locale={locale}
        />
        {/* The drawn markers as a list: the map's text alternative, and a keyboard route to each. */}
        <h2 className="unplaced-title">
          {s.onMap}: {formatNumber(aggregate.markers.length, locale)}
        </h2>
        <ul className="link-list on-map" data-testid="on-map">
          {placed.shown.map((m) => (
            <li key={m.key}>
              <button type="button" className="link" onClick={() => selectMarker(m)}>
                {/* A country-level place is drawn at the capital; naming it "India, India" would read as a bug. */}
                {m.approximate
                  ? countryName(m.country, locale)
                  : `${m.name}, ${countryName(m.country, locale)}`}{' '}
                ({formatNumber(m.count, locale)}){m.approximate ? ' *' : ''}
              </button>
            </li>
          ))}
        </ul>
        <ShowMore
          shown={placed.shown.length}
          total={aggregate.markers.length}
          onMore={placed.more}
          locale={locale}
        />
      </div>
    </section>
  );
}
