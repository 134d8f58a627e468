/**
 * Presentation mode (`#/present/N`): the slide's view drawn by the same view components as the
 * dashboard (through the shell's `Slot`), full screen in the projector theme, with the title,
 * "3 / 8", speaker notes on demand, prev/next buttons and the keys of ./actions.ts.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CSSProperties } from 'react';
import { fill } from '../../i18n/fill';
import { formatNumber } from '../../i18n/format';
import { useStore } from '../../state/store';
import { ACTIONS, showSlide } from './actions';
import type { PresentContext } from './actions';
import { Handout } from './handout';
import { PresentControls } from './present-controls';
import { clampSlide, STORY } from './story';
import type { SlotComponent } from './story';
import { PRESENT_STRINGS } from './strings';
import { usePresentKeys } from './use-present-keys';
import { useStageZoom } from './use-stage-zoom';
import './present.css';

/** Makes the store show slide `index` when the address changed it (a deep link, Back, Forward). */
function useSlideInStore(index: number, active: boolean) {
  const stored = useStore((s) => s.slide);
  useLayoutEffect(() => {
    if (active) showSlide(index);
  }, [index, stored, active]);
}

/** Map moves fly while presenting (map-sync.tsx reads the flag), and jump again after. */
function useFlyMap(active: boolean) {
  useEffect(() => {
    useStore.getState().setFlyMap(active);
    return () => useStore.getState().setFlyMap(false);
  }, [active]);
}

export default function PresentView({ Slot }: { Slot: SlotComponent }) {
  const locale = useStore((s) => s.locale);
  const index = clampSlide(useStore((s) => s.slide));
  const blank = useStore((s) => s.blank);
  const [notes, setNotes] = useState(false);
  const [handout, setHandout] = useState(false);
  const slide = STORY[index]!;
  const t = PRESENT_STRINGS[locale];
  const stage = useRef<HTMLDivElement>(null);
  const zoom = useStageZoom(stage);
  const ctx: PresentContext = useMemo(
    () => ({ toggleNotes: () => setNotes((n) => !n), openHandout: () => setHandout(true) }),
    [],
  );
  useSlideInStore(index, !handout);
  useFlyMap(!handout);
  usePresentKeys(ctx, !handout);

  if (handout)
    return <Handout Slot={Slot} current={index} locale={locale} onClose={() => setHandout(false)} />;
  const n = formatNumber(index + 1, locale);
  const total = formatNumber(STORY.length, locale);
  return (
    <div
      className="present"
      data-theme="projector"
      data-slide={index + 1}
      role="region"
      aria-label={t.region}
    >
      <header className="present-top" aria-live="polite">
        <h1 className="present-title">{slide.title[locale]}</h1>
        <p className="present-counter">
          <span aria-hidden="true">
            {n} / {total}
          </span>
          <span className="visually-hidden">{fill(t.slideOf, { n, total })}</span>
        </p>
      </header>
      <div className="present-stage" data-view={slide.view} ref={stage}>
        {/* A new zoom draws the view afresh: the map does not follow its container's size. */}
        {zoom !== null && (
          <div className="present-stage-inner" style={{ '--stage-zoom': zoom } as CSSProperties} key={zoom}>
            <Slot view={slide.view} />
          </div>
        )}
        <aside className="present-notes" aria-label={t.notes} hidden={!notes}>
          <p>{slide.notes[locale]}</p>
        </aside>
      </div>
      <PresentControls
        t={t}
        ctx={ctx}
        notes={notes}
        blank={blank}
        atStart={index === 0}
        atEnd={index === STORY.length - 1}
      />
      {blank && (
        <button
          type="button"
          className="present-blank"
          aria-label={t.blanked}
          onClick={() => ACTIONS.blank.perform(ctx)}
        />
      )}
    </div>
  );
}
