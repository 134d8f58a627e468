/** Keyboard activation for chart marks drawn as role="button": Enter or Space runs the action. */
import type { KeyboardEvent } from 'react';

export const onEnter = (run: () => void) => (e: KeyboardEvent) => {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    run();
  }
};
