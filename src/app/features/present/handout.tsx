/**
 * The print handout: every slide on its own page (title, the slide's view, speaker notes). The
 * views read the one store, so they cannot all be drawn at once: each slide is drawn in turn in
 * a fixed-size frame and a copy of its finished DOM kept (cloneNode, never HTML strings), then the
 * pages are laid out stacked with `break-after: page` (./present.css) for the browser's print.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { fill } from '../../i18n/fill';
import { formatNumber } from '../../i18n/format';
import { useStore } from '../../state/store';
import type { UiLocale } from '../../state/store';
import { showSlide } from './actions';
import type { SlotComponent } from './story';
import { slideState, STORY } from './story';
import { PRESENT_STRINGS } from './strings';
import { whenSettled } from './when-settled';

interface Props {
  Slot: SlotComponent;
  /** The slide shown before, restored when the copies are made. */
  current: number;
  locale: UiLocale;
  onClose: () => void;
}

export function Handout({ Slot, current, locale, onClose }: Props) {
  const t = PRESENT_STRINGS[locale];
  const [shots, setShots] = useState<Node[]>([]);
  const frame = useRef<HTMLDivElement>(null);
  const next = shots.length;
  const capturing = next < STORY.length;

  useLayoutEffect(() => {
    if (capturing) useStore.setState(slideState(STORY[next]!));
    else showSlide(current);
  }, [next, capturing, current]);

  useEffect(() => {
    const el = frame.current;
    if (!capturing || !el) return;
    let live = true;
    void whenSettled(el).then(() => {
      if (live) setShots((s) => [...s, el.cloneNode(true)]);
    });
    return () => {
      live = false;
    };
  }, [next, capturing]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const total = formatNumber(STORY.length, locale);
  return (
    <div className="handout" data-theme="projector" data-ready={capturing ? undefined : 'true'}>
      <div className="handout-toolbar">
        <h1>{t.handoutTitle}</h1>
        {capturing ? (
          <p role="status">{fill(t.preparing, { n: formatNumber(next + 1, locale), total })}</p>
        ) : (
          <button type="button" onClick={() => window.print()}>
            {t.print}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t.back}
        </button>
      </div>
      {capturing ? (
        <div className="handout-capture present-stage" ref={frame} data-view={STORY[next]!.view}>
          <Slot key={next} view={STORY[next]!.view} />
        </div>
      ) : (
        STORY.map((slide, i) => (
          <section className="handout-page" key={i} aria-label={slide.title[locale]}>
            <h2 className="handout-title">{slide.title[locale]}</h2>
            <div
              className="handout-figure"
              inert
              aria-hidden="true"
              ref={(el) => {
                const shot = shots[i];
                if (el && shot && el.firstChild !== shot) el.replaceChildren(shot);
              }}
            />
            <p className="handout-notes">{slide.notes[locale]}</p>
            <p className="handout-source">
              {fill(t.handoutSource, { n: formatNumber(i + 1, locale), total })}
            </p>
          </section>
        ))
      )}
    </div>
  );
}
