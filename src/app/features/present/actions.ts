/**
 * The presentation's intents as registered actions (STYLE.md): `{name, keyTest, perform}`, shared
 * by the keyboard (and so by clickers, which send arrows, PgDn/PgUp or "B"/"." for blank) and by
 * the on-screen buttons.
 */
import { useStore } from '../../state/store';
import { leavePresentation } from './return-point';
import { clampSlide, slideState, STORY } from './story';

/** What an action may touch beyond the store: the view's own toggles. */
export interface PresentContext {
  toggleNotes: () => void;
  openHandout: () => void;
}

export type ActionName =
  'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'blank' | 'notes' | 'handout' | 'leave';

export interface PresentAction {
  name: ActionName;
  keyTest: (e: Pick<KeyboardEvent, 'key' | 'shiftKey'>) => boolean;
  perform: (ctx: PresentContext) => void;
}

/** Shows slide `index` (clamped): the slide number and the slide's filters, selection and viewport at once. */
export function showSlide(index: number): void {
  const slide = clampSlide(index);
  const next = { slide, ...slideState(STORY[slide]!) };
  const s = useStore.getState();
  const now = { slide: s.slide, filters: s.filters, selection: s.selection, mapView: s.mapView };
  // Already there (the view re-checks after every change of address): keep the same objects.
  if (JSON.stringify(now) !== JSON.stringify(next)) useStore.setState(next);
}

const step = (by: number) => () => showSlide(useStore.getState().slide + by);
const key =
  (...keys: string[]) =>
  (e: Pick<KeyboardEvent, 'key'>) =>
    keys.includes(e.key);

/** Leaves full screen when in it (Esc's first press), else reports that there was nothing to leave. */
function exitFullscreen(): boolean {
  if (!document.fullscreenElement) return false;
  document.exitFullscreen().catch(() => undefined);
  return true;
}

function toggleFullscreen(): void {
  if (exitFullscreen()) return;
  // A refusal (no permission, an iframe without allowfullscreen) leaves the page as it is.
  document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export const ACTIONS: Record<ActionName, PresentAction> = {
  next: {
    name: 'next',
    keyTest: (e) => ['ArrowRight', 'PageDown'].includes(e.key) || (e.key === ' ' && !e.shiftKey),
    perform: step(1),
  },
  prev: {
    name: 'prev',
    keyTest: (e) => ['ArrowLeft', 'PageUp'].includes(e.key) || (e.key === ' ' && e.shiftKey),
    perform: step(-1),
  },
  first: { name: 'first', keyTest: key('Home'), perform: () => showSlide(0) },
  last: { name: 'last', keyTest: key('End'), perform: () => showSlide(STORY.length - 1) },
  fullscreen: { name: 'fullscreen', keyTest: key('f', 'F'), perform: toggleFullscreen },
  blank: {
    name: 'blank',
    keyTest: key('b', 'B', '.'),
    perform: () => useStore.getState().setBlank(!useStore.getState().blank),
  },
  notes: { name: 'notes', keyTest: key('n', 'N'), perform: (ctx) => ctx.toggleNotes() },
  handout: { name: 'handout', keyTest: key('p', 'P'), perform: (ctx) => ctx.openHandout() },
  leave: {
    name: 'leave',
    keyTest: key('Escape'),
    perform: () => {
      if (!exitFullscreen()) leavePresentation();
    },
  },
};

/** The action a key press asks for, if any. */
export function actionForKey(e: Pick<KeyboardEvent, 'key' | 'shiftKey'>): PresentAction | null {
  return Object.values(ACTIONS).find((a) => a.keyTest(e)) ?? null;
}
