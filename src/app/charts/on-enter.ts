/** Keyboard activation for chart marks drawn as role="button": Enter or Space runs the action. */
import type { KeyboardEvent } from 'react';

export const onEnter = (run: () => void) => (e: KeyboardEvent) => {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    run();
  }
};

/**
 * One click and one Enter/Space handler for a whole group of marks: `find` names the mark an event
 * happened in (from its data attribute), `run` acts on it. A chart of a thousand marks then binds
 * two handlers, not two thousand.
 */
export function activateWithin<T>(
  find: (target: EventTarget) => T | null | undefined,
  run: (hit: T) => void,
) {
  return {
    onClick: (e: { target: EventTarget }) => {
      const hit = find(e.target);
      if (hit) run(hit);
    },
    onKeyDown: (e: KeyboardEvent) => {
      const hit = find(e.target);
      if (hit) onEnter(() => run(hit))(e);
    },
  };
}
