/**
 * The events timeline (`#/timeline`): lanes by kind of event or by country, held and planned told
 * apart. Wheel to zoom the time axis; a drag across the lanes sets the shared date filter (and so
 * the URL and every other view). "Table" shows the same events as a table. The view connects the
 * store to the pure layout and chart.
 */
import { useMemo, useRef, useState } from 'react';
import type { DiploEvent } from '../../../shared/schema';
import { EVENT_TYPES } from '../../../shared/vocab';
import type { LegendItem } from '../../charts/network/chart-frame';
import { useContainerSize } from '../../charts/network/use-container-size';
import { EVENT_TYPE_COLOURS } from '../../charts/palette';
import { layoutTimeline } from '../../charts/timeline/layout-timeline';
import type { TimelineModel } from '../../charts/timeline/layout-timeline';

import { TimelineChart } from '../../charts/timeline/timeline-chart';
import { sourceLine } from '../../charts/source-line';
import { articleCountOf } from '../../data/article-count';
import { KeyedCache } from '../../data/keyed-cache';
import { useDataset, useFilteredEvents } from '../../data/use-dataset';
import { fill } from '../../i18n/fill';
import { countryName, formatNumber, formatPartialDate } from '../../i18n/format';
import { useShellStrings, useVocab } from '../../shell/use-strings';
import { useStore } from '../../state/store';
import type { UiLocale } from '../../state/store';
import { lookup } from '../../data/lookup';
import { countryLanes, kindLanes } from './timeline-lanes';
import type { LaneBasis } from './timeline-lanes';
import { TimelineTable } from './timeline-table';
import { TIMELINE_STRINGS } from './strings';
import type { TimelineStrings } from './strings';
import './timeline.css';

const day = (d: Date) => d.toISOString().slice(0, 10);
type LaneMode = 'kind' | 'country';

/** The sentence that tells which rule chose the country lanes. */
const NOTE_KEYS: Record<LaneBasis, keyof TimelineStrings | null> = {
  kind: null,
  filter: 'lanesFilter',
  'filter-capped': 'lanesFilterCapped',
  selection: 'lanesSelection',
  busiest: 'lanesBusiest',
};

/**
 * The unfiltered timeline, the overview a reader comes back to whenever a filter is cleared: laid
 * out once per event list, lanes, size, zoom and language, not on every return.
 */
const overviews = new KeyedCache<readonly DiploEvent[], TimelineModel>();

const localNames = new WeakMap<DiploEvent, Map<UiLocale, string>>();

/** "Kind (planned), date: countries — summary" in the interface language, once per event and language. */
function localName(e: DiploEvent, summary: string, locale: UiLocale, vocab: (key: string) => string): string {
  let names = localNames.get(e);
  if (!names) localNames.set(e, (names = new Map()));
  let name = names.get(locale);
  if (name === undefined) {
    const kind = e.status === 'planned' ? `${vocab(e.type)} (${vocab('planned')})` : vocab(e.type);
    const countries = e.countries.map((c) => countryName(c, locale)).join(' – ');
    name = `${kind}, ${formatPartialDate(e.date, locale)}${countries ? `: ${countries}` : ''} — ${summary}`;
    names.set(locale, name);
  }
  return name;
}

export default function TimelineView() {
  const locale = useStore((s) => s.locale);
  const filters = useStore((s) => s.filters);
  const selection = useStore((s) => s.selection);
  const vocab = useVocab();
  const shell = useShellStrings();
  const t = TIMELINE_STRINGS[locale];
  const dataset = useDataset();
  const events = useFilteredEvents();
  const box = useRef<HTMLDivElement>(null);
  const size = useContainerSize(box);
  const [domain, setDomain] = useState<[number, number] | null>(null);
  const [resetKey, setResetKey] = useState(0);
  const [mode, setMode] = useState<LaneMode>('kind');
  const [table, setTable] = useState(false);
  /** Events of a "+N" badge or of the undated overflow, listed alone in the table. */
  const [focus, setFocus] = useState<string[] | null>(null);

  const selectedCountries = useMemo(() => {
    if (selection?.kind === 'country') return [selection.id];
    if (selection?.kind === 'pair') return selection.id.split(',').filter((c) => /^[A-Z]{2}$/.test(c));
    return [];
  }, [selection]);
  const label = (code: string) => countryName(code, locale);
  // Lanes and layout are derived once per change of what they show, not on every render. Lanes
  // by kind do not depend on the events, so a filter change keeps them (and the overview below).
  const kinds = useMemo(() => kindLanes(vocab), [vocab]);
  const countries = useMemo(
    () =>
      mode === 'country'
        ? countryLanes(events, filters.countries, selectedCountries, (code) => countryName(code, locale))
        : null,
    [mode, events, filters.countries, selectedCountries, locale],
  );
  const choice = countries ?? kinds;
  const noteKey = NOTE_KEYS[choice.basis];
  const note = noteKey
    ? fill(t[noteKey], {
        n: formatNumber(choice.lanes.length, locale),
        total: formatNumber(choice.total, locale),
        name: selectedCountries.map(label).join(' – '),
      })
    : null;

  const model = useMemo(() => {
    const width = Math.max(480, size.width);
    const height = Math.max(360, size.height);
    const layout = () =>
      layoutTimeline(events, choice.lanes, {
        width,
        height,
        domain,
        from: filters.from,
        to: filters.to,
        undatedText: (e: DiploEvent) =>
          `${vocab(e.type)}: ${e.countries.map((c) => countryName(c, locale)).join(' – ') || e.summary}`,
        all: dataset.events,
      });
    return events === dataset.events
      ? overviews.get(
          events,
          [...choice.lanes.map((l) => l.id), width, height, domain?.join('-'), locale].join('|'),
          layout,
        )
      : layout();
  }, [events, dataset, choice, size.width, size.height, domain, filters.from, filters.to, vocab, locale]);
  const legend: LegendItem[] = [
    ...EVENT_TYPES.map((type) => ({
      label: vocab(type),
      colour: EVENT_TYPE_COLOURS[type],
      shape: 'symbol' as const,
      symbol: type,
    })),
    { label: vocab('planned'), colour: '#555', shape: 'hollow' },
  ];
  const source = useMemo(
    () => sourceLine(t.source, events, locale, articleCountOf(dataset, events)),
    [dataset, t, events, locale],
  );
  const { setFilter, select } = useStore.getState();
  const byId = lookup(dataset).event;
  // The summary is English (built from the event's fields, never machine-translated); in Bengali
  // and Hindi the kind, status, date and countries come first in the reader's language.
  const markName = (id: string, summary: string) => {
    const e = byId.get(id);
    return locale === 'en' || !e ? summary : localName(e, summary, locale, vocab);
  };
  const openTable = (ids: string[] | null) => {
    setFocus(ids);
    setTable(true);
  };
  const focusSet = focus ? new Set(focus) : null;
  const tableEvents = focusSet ? events.filter((e) => focusSet.has(e.id)) : events;
  const selectedId = selection?.kind === 'event' ? selection.id : null;

  return (
    <section className="chart-view timeline-view" aria-label={shell.timeline}>
      <div className="subtabs">
        <div role="radiogroup" aria-label={t.lanes} className="tl-modes">
          {(['kind', 'country'] as const).map((m) => (
            <button key={m} type="button" role="radio" aria-checked={mode === m} onClick={() => setMode(m)}>
              {m === 'kind' ? t.byKind : t.byCountry}
            </button>
          ))}
        </div>
        {!table && (
          <button
            type="button"
            onClick={() => {
              setDomain(null);
              setResetKey((k) => k + 1);
            }}
          >
            {t.resetZoom}
          </button>
        )}
        <button
          type="button"
          aria-pressed={table}
          onClick={() => (table ? setTable(false) : openTable(null))}
        >
          {table ? t.showChart : t.showTable}
        </button>
      </div>
      <p className="hint" data-lane-note={choice.basis}>
        {note ?? t.hint}
      </p>
      <div ref={box} className={table ? 'chart-box table-mode' : 'chart-box'}>
        {table ? (
          <>
            {focus && (
              <button type="button" className="link" onClick={() => setFocus(null)}>
                {t.showAll}
              </button>
            )}
            <TimelineTable
              dataset={dataset}
              events={tableEvents}
              caption={fill(focus ? t.tableFocus : t.tableCaption, {
                n: formatNumber(tableEvents.length, locale),
              })}
              locale={locale}
              vocab={vocab}
              selectedId={selectedId}
              onSelect={(id) => select({ kind: 'event', id })}
            />
          </>
        ) : (
          <TimelineChart
            model={model}
            title={mode === 'kind' ? shell.timeline : `${shell.timeline}: ${t.byCountry}`}
            legend={legend}
            source={source}
            selectedId={selectedId}
            undatedLabel={t.undated}
            formatTick={(date) => formatPartialDate(date, locale)}
            markLabel={(id, text) => markName(id, text)}
            badgeLabel={(b) =>
              fill(t.badgeAria, {
                n: formatNumber(b.ids.length, locale),
                from: formatPartialDate(b.from, locale),
                to: formatPartialDate(b.to, locale),
              })
            }
            badgeText={(b) => `+${formatNumber(b.ids.length, locale)}`}
            moreText={(n) => fill(t.more, { n: formatNumber(n, locale) })}
            onMark={(id) => select({ kind: 'event', id })}
            onBadge={(b) => openTable(b.ids)}
            onMore={() => openTable(events.filter((e) => !e.date).map((e) => e.id))}
            onDomain={setDomain}
            onBrush={(from, to) => {
              setFilter('from', day(from));
              setFilter('to', day(to));
            }}
            resetKey={resetKey}
          />
        )}
      </div>
    </section>
  );
}
