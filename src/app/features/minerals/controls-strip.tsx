/**
 * China's export-control timeline from the reference file, with the news's export-control events
 * aligned under it. A reference mark opens its text and source here; a news mark selects the event,
 * so the shared details panel shows its evidence.
 */
import { useMemo, useState } from 'react';
import type { ExportControlRef } from '../../../shared/reference/reference-schema';
import { sourceOf } from '../../../shared/reference/reference';
import { layoutControlsTimeline } from '../../charts/sankey/controls-timeline';
import { KeyedCache } from '../../data/keyed-cache';
import type {
  ControlsTimelineModel,
  TimelineEvent,
  TimelineMark,
} from '../../charts/sankey/controls-timeline';
import { ControlsTimelineSvg } from '../../charts/sankey/controls-timeline-svg';
import { formatPartialDate } from '../../i18n/format';
import { useStore } from '../../state/store';
import type { UiLocale } from '../../state/store';
import { timelineLabels } from './chart-labels';
import { mineralName } from './mineral-names';
import { MINERALS_STRINGS } from './strings';

export interface ControlsStripProps {
  controls: readonly ExportControlRef[];
  events: readonly TimelineEvent[];
  width: number;
  locale: UiLocale;
  selectedEvent: string | null;
}

/** Layouts per list of news events (kept per event list, see exportControlEvents), width and language. */
const layouts = new KeyedCache<readonly TimelineEvent[], ControlsTimelineModel>();

export function ControlsStrip({ controls, events, width, locale, selectedEvent }: ControlsStripProps) {
  const t = MINERALS_STRINGS[locale];
  const [open, setOpen] = useState<number | null>(null);
  const model = useMemo(
    () =>
      layouts.get(events, `${width}|${locale}`, () =>
        layoutControlsTimeline(controls, events, { width, height: 0 }, timelineLabels(locale)),
      ),
    [controls, events, width, locale],
  );
  const onMark = (mark: TimelineMark) => {
    if (mark.row === 'reference') setOpen(mark.index === open ? null : (mark.index ?? null));
    else useStore.getState().select({ kind: 'event', id: mark.id });
  };
  const entry = open === null ? undefined : controls[open];
  const source = entry?.source ? sourceOf(entry.source)?.title : null;
  return (
    <div className="mn-strip">
      <ControlsTimelineSvg
        model={model}
        active={open !== null ? `ref:${open}` : selectedEvent}
        onMark={onMark}
      />
      {entry && (
        <div className="mn-strip-panel" role="status">
          <p>
            <strong>{formatPartialDate(entry.date, locale)}</strong>
            {entry.minerals.length > 0 &&
              ` · ${entry.minerals.map((id) => mineralName(id, locale)).join(', ')}`}
          </p>
          <p>{entry.what}</p>
          <p className="muted">{source ? `${t.source}: ${source}` : t.timelineSource}</p>
          <button type="button" onClick={() => setOpen(null)}>
            {t.close}
          </button>
        </div>
      )}
    </div>
  );
}
