/**
 * Time on the map: a slider over the meetings' months with play/pause. It moves the shared `to`
 * filter, not a private playhead, so the other views, the link and the details agree with what
 * the map shows; the last step clears `to` ("all dates"). Meetings accumulate as it plays.
 */
import { useEffect, useState } from 'react';
import { formatPartialDate } from '../../i18n/format';
import { useStore } from '../../state/store';
import { MAP_STRINGS } from './strings';

export function TimeSlider({ months }: { months: string[] }) {
  const locale = useStore((s) => s.locale);
  const to = useStore((s) => s.filters.to);
  const setFilter = useStore((s) => s.setFilter);
  const [playing, setPlaying] = useState(false);
  const s = MAP_STRINGS[locale];
  const last = months.length; // index `months.length` stands for "all dates"
  const found = to ? months.indexOf(to.slice(0, 7)) : -1;
  const index = to === null ? last : found === -1 ? last : found;

  useEffect(
    function playStep() {
      if (!playing) return;
      const timer = window.setTimeout(() => {
        const next = index >= last ? 0 : index + 1;
        setFilter('to', next >= last ? null : months[next]!);
        if (next >= last) setPlaying(false);
      }, 800);
      return () => window.clearTimeout(timer);
    },
    [playing, index, last, months, setFilter],
  );

  if (months.length === 0) return null;
  return (
    <div className="time-slider">
      <button type="button" onClick={() => setPlaying((p) => !p)} aria-pressed={playing}>
        {playing ? `❚❚ ${s.pause}` : `▶ ${s.play}`}
      </button>
      <label>
        <span>{s.time}</span>{' '}
        <input
          type="range"
          min={0}
          max={last}
          step={1}
          value={index}
          onChange={(e) => {
            const i = Number(e.target.value);
            setFilter('to', i >= last ? null : months[i]!);
          }}
        />{' '}
        <output>{index >= last ? s.all : formatPartialDate(months[index]!, locale)}</output>
      </label>
    </div>
  );
}
