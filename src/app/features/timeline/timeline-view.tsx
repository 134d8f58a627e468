/**
 * The events timeline (`#/timeline`): one lane per kind of event, held and planned told apart.
 * Wheel to zoom the time axis; a drag across the lanes sets the shared date filter (and so the
 * URL and every other view). The view connects the store to the pure layout and chart.
 */
import { useMemo, useRef, useState } from 'react';
import type { DiploEvent } from '../../../shared/schema';
import { EVENT_TYPES } from '../../../shared/vocab';
import type { LegendItem } from '../../charts/network/chart-frame';
import { useContainerSize } from '../../charts/network/use-container-size';
import { EVENT_TYPE_COLOURS } from '../../charts/palette';
import { layoutTimeline } from '../../charts/timeline/layout-timeline';
import type { TimelineLane } from '../../charts/timeline/layout-timeline';
import { TimelineChart } from '../../charts/timeline/timeline-chart';
import { useFilteredEvents } from '../../data/use-dataset';
import { formatNumber, formatPartialDate } from '../../i18n/format';
import { useShellStrings, useVocab } from '../../shell/use-strings';
import { useStore } from '../../state/store';
import { fill, STRINGS } from '../relations/strings';
import '../relations/relations.css';

const day = (d: Date) => d.toISOString().slice(0, 10);

export default function TimelineView() {
  const locale = useStore((s) => s.locale);
  const filters = useStore((s) => s.filters);
  const selection = useStore((s) => s.selection);
  const vocab = useVocab();
  const shell = useShellStrings();
  const t = STRINGS[locale];
  const events = useFilteredEvents();
  const box = useRef<HTMLDivElement>(null);
  const size = useContainerSize(box);
  const [domain, setDomain] = useState<[number, number] | null>(null);
  const [resetKey, setResetKey] = useState(0);

  const lanes: TimelineLane[] = useMemo(
    () =>
      EVENT_TYPES.map((type) => ({
        id: type,
        label: vocab(type),
        match: (e: DiploEvent) => e.type === type,
      })),
    [vocab],
  );
  const model = layoutTimeline(events, lanes, {
    width: Math.max(480, size.width),
    height: Math.max(360, size.height),
    domain,
    from: filters.from,
    to: filters.to,
  });
  const legend: LegendItem[] = [
    ...EVENT_TYPES.map((type) => ({
      label: vocab(type),
      colour: EVENT_TYPE_COLOURS[type],
      shape: 'dot' as const,
    })),
    { label: vocab('planned'), colour: '#555', shape: 'hollow' },
  ];
  const source = fill(t.source, {
    events: formatNumber(events.length, locale),
    articles: formatNumber(new Set(events.flatMap((e) => e.sources.map((s) => s.articleId))).size, locale),
  });
  const { setFilter, select } = useStore.getState();
  return (
    <section className="timeline-view" aria-label={shell.timeline}>
      <div className="subtabs">
        <button
          type="button"
          onClick={() => {
            setDomain(null);
            setResetKey((k) => k + 1);
          }}
        >
          {t.resetZoom}
        </button>
      </div>
      <div ref={box} className="chart-box">
        <TimelineChart
          model={model}
          title={shell.timeline}
          legend={legend}
          source={source}
          selectedId={selection?.kind === 'event' ? selection.id : null}
          undatedLabel={t.undated}
          formatTick={(date) => formatPartialDate(date, locale)}
          markLabel={(_id, label) => label}
          onMark={(id) => select({ kind: 'event', id })}
          onDomain={setDomain}
          onBrush={(from, to) => {
            setFilter('from', day(from));
            setFilter('to', day(to));
          }}
          resetKey={resetKey}
        />
      </div>
    </section>
  );
}
