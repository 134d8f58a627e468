// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, actionForKey, showSlide } from '../../../src/app/features/present/actions';
import type { PresentContext } from '../../../src/app/features/present/actions';
import { leavePresentation, rememberReturnPoint } from '../../../src/app/features/present/return-point';
import { STORY } from '../../../src/app/features/present/story';
import { stageZoom } from '../../../src/app/features/present/use-stage-zoom';
import { isTyping } from '../../../src/app/features/present/use-present-keys';
import { EMPTY_FILTERS, useStore } from '../../../src/app/state/store';
import { startUrlSync } from '../../../src/app/state/url-sync';
import type { UrlWindow } from '../../../src/app/state/url-sync';
import { formatHash, parseHash } from '../../../src/app/state/url';

const key = (k: string, shiftKey = false) => actionForKey({ key: k, shiftKey })?.name ?? null;
const ctx: PresentContext = { toggleNotes: () => undefined, openHandout: () => undefined };

beforeEach(() => {
  useStore.setState({ view: 'present', slide: 0, filters: EMPTY_FILTERS, selection: null, mapView: null });
});

describe('actionForKey(event)', () => {
  it('steps forward on →, PgDn and Space, back on ←, PgUp and Shift+Space (what clickers send)', () => {
    expect(['ArrowRight', 'PageDown', ' '].map((k) => key(k))).toEqual(['next', 'next', 'next']);
    expect([key('ArrowLeft'), key('PageUp'), key(' ', true)]).toEqual(['prev', 'prev', 'prev']);
  });
  it('jumps on Home and End; F, B (or "."), N and Esc have their own intents', () => {
    expect([
      key('Home'),
      key('End'),
      key('f'),
      key('F'),
      key('b'),
      key('.'),
      key('n'),
      key('Escape'),
    ]).toEqual(['first', 'last', 'fullscreen', 'fullscreen', 'blank', 'blank', 'notes', 'leave']);
    expect(key('x')).toBeNull();
    expect(key('Enter')).toBeNull();
  });
});

describe('showSlide(index) and the step actions', () => {
  it("shows a slide's filters, selection and viewport with its number", () => {
    const i = STORY.findIndex((s) => s.mapView);
    showSlide(i);
    const s = useStore.getState();
    expect(s.slide).toBe(i);
    expect(s.mapView).toEqual(STORY[i]!.mapView);
    expect(s.filters).toEqual({ ...EMPTY_FILTERS, ...STORY[i]!.filters });
    expect(s.selection).toEqual(STORY[i]!.selection ?? null);
  });
  it('stays inside the story at both ends', () => {
    ACTIONS.prev.perform(ctx);
    expect(useStore.getState().slide).toBe(0);
    ACTIONS.last.perform(ctx);
    expect(useStore.getState().slide).toBe(STORY.length - 1);
    ACTIONS.next.perform(ctx);
    expect(useStore.getState().slide).toBe(STORY.length - 1);
    ACTIONS.first.perform(ctx);
    expect(useStore.getState().slide).toBe(0);
  });
  it('toggles the blank screen', () => {
    ACTIONS.blank.perform(ctx);
    expect(useStore.getState().blank).toBe(true);
    ACTIONS.blank.perform(ctx);
    expect(useStore.getState().blank).toBe(false);
  });
});

describe('isTyping(target)', () => {
  it('is true in text fields and false on buttons, so keys never fire while someone types', () => {
    const input = document.createElement('input');
    const search = Object.assign(document.createElement('input'), { type: 'search' });
    const box = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(isTyping(input)).toBe(true);
    expect(isTyping(search)).toBe(true);
    expect(isTyping(document.createElement('textarea'))).toBe(true);
    expect(isTyping(box)).toBe(false);
    expect(isTyping(document.createElement('button'))).toBe(false);
    expect(isTyping(document.body)).toBe(false);
  });
});

describe('slide links', () => {
  it('are only the slide number: the slide itself carries filters and viewport', () => {
    const route = { ...parseHash('#/map?countries=IN&at=1,2,3'), view: 'present' as const, slide: 2 };
    expect(formatHash(route)).toBe('#/present/3');
    expect(parseHash('#/present/3').slide).toBe(2);
  });
});

describe('leavePresentation()', () => {
  let stop: (() => void)[] = [];
  afterEach(() => stop.forEach((f) => f()));

  it('goes back to the view, filters and viewport from before the presentation, with a history entry', () => {
    useStore.setState({ view: 'map', slide: 0, filters: EMPTY_FILTERS, selection: null, mapView: null });
    const pushed: string[] = [];
    let onHash: () => void = () => undefined;
    const win: UrlWindow = {
      location: { hash: '#/timeline?countries=IN&from=2025' },
      history: {
        pushState: (_d, _t, url) => void pushed.push((win.location.hash = String(url))),
        replaceState: (_d, _t, url) => void (win.location.hash = String(url)),
      },
      addEventListener: (type, l) => void (type === 'hashchange' && (onHash = l)),
      removeEventListener: () => undefined,
    };
    stop = [rememberReturnPoint(), startUrlSync(win)];
    win.location.hash = '#/present/2';
    onHash();
    expect(useStore.getState().view).toBe('present');
    showSlide(3);
    expect(win.location.hash).toBe('#/present/4');
    leavePresentation();
    const s = useStore.getState();
    expect(s.view).toBe('timeline');
    expect(s.filters).toEqual({ ...EMPTY_FILTERS, countries: ['IN'], from: '2025' });
    expect(pushed.at(-1)).toBe('#/timeline?countries=IN&from=2025');
  });

  it('goes to the map when the presentation was the first page opened', () => {
    leavePresentation();
    expect(useStore.getState().view).toBe('map');
    expect(useStore.getState().filters).toEqual(EMPTY_FILTERS);
  });
});

describe('stageZoom(width, height)', () => {
  it('grows the views with the screen and never shrinks them', () => {
    expect(stageZoom(1920, 960)).toBeCloseTo(2.2, 1);
    expect(stageZoom(3840, 1920)).toBeGreaterThan(4);
    expect(stageZoom(800, 400)).toBe(1);
  });
});
