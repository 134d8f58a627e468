/**
 * The on-screen controls of presentation mode, for touch and mouse: every button performs the
 * same registered action as its key (./actions.ts), and the keys are listed beside them.
 */
import { ACTIONS } from './actions';
import type { ActionName, PresentContext } from './actions';
import type { PresentStrings } from './strings';

interface Props {
  t: PresentStrings;
  ctx: PresentContext;
  notes: boolean;
  blank: boolean;
  atStart: boolean;
  atEnd: boolean;
}

interface ButtonOptions {
  pressed?: boolean;
  disabled?: boolean;
  /** Shown instead of the label, which then names the button for screen readers and on hover. */
  symbol?: string;
}

export function PresentControls({ t, ctx, notes, blank, atStart, atEnd }: Props) {
  const button = (name: ActionName, label: string, o: ButtonOptions = {}) => (
    <button
      type="button"
      data-action={name}
      aria-label={o.symbol ? label : undefined}
      title={o.symbol ? label : undefined}
      aria-pressed={o.pressed}
      disabled={o.disabled}
      onClick={() => ACTIONS[name].perform(ctx)}
    >
      {o.symbol ?? label}
    </button>
  );
  return (
    <nav className="present-controls" aria-label={t.controls}>
      <div className="present-step">
        {button('prev', t.prev, { symbol: '←', disabled: atStart })}
        {button('next', t.next, { symbol: '→', disabled: atEnd })}
      </div>
      {button('notes', t.notes, { pressed: notes })}
      {button('fullscreen', t.fullscreen)}
      {button('blank', t.blank, { pressed: blank })}
      {button('handout', t.handout)}
      {button('leave', t.leave)}
      <p className="present-keys">{t.keys}</p>
    </nav>
  );
}
