/**
 * Keyboard (and clicker) control of the presentation. Listens in the capture phase so a focused
 * map does not pan on the arrows instead of changing slide; leaves typing alone.
 */
import { useEffect, useRef } from 'react';
import { actionForKey } from './actions';
import type { PresentContext } from './actions';

const NOT_TEXT = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'color']);

/** True when a key press belongs to a text field (or a select, or editable content). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !NOT_TEXT.has(target.type);
}

export function usePresentKeys(ctx: PresentContext, enabled = true): void {
  // The latest context without re-adding the listener on every render.
  const latest = useRef(ctx);
  useEffect(() => {
    latest.current = ctx;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing || isTyping(e.target)) return;
      const action = actionForKey(e);
      if (!action) return;
      e.preventDefault();
      e.stopPropagation();
      action.perform(latest.current);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [enabled]);
}
