/**
 * A small menu behind a button (WAI-ARIA menu button): Enter, Space or ↓ opens it on the first
 * item, ↑/↓ move, Home/End jump, Esc closes and returns focus, a click outside or Tab closes it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';

export interface MenuItem {
  id: string;
  label: string;
  run: () => void;
}

export function MenuButton(props: { label: string; items: MenuItem[]; disabled?: boolean; title?: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = () => [...(wrap.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];

  useEffect(
    function closeOnOutsideClick() {
      if (!open) return;
      const onDown = (e: PointerEvent) => {
        if (!wrap.current?.contains(e.target as Node)) setOpen(false);
      };
      document.addEventListener('pointerdown', onDown);
      items()[0]?.focus();
      return () => document.removeEventListener('pointerdown', onDown);
    },
    [open],
  );

  const onMenuKey = (e: KeyboardEvent) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const go = (i: number) => {
      e.preventDefault();
      list[(i + list.length) % list.length]?.focus();
    };
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(list.length - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      setOpen(false);
      button.current?.focus();
    } else if (e.key === 'Tab') setOpen(false);
  };

  return (
    <div className="export-menu" ref={wrap}>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        disabled={props.disabled}
        title={props.title}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {props.label}
        <span aria-hidden="true" className="caret">
          ▾
        </span>
      </button>
      {open && (
        <ul role="menu" id={id} aria-label={props.label} onKeyDown={onMenuKey}>
          {props.items.map((item) => (
            <li role="none" key={item.id}>
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  setOpen(false);
                  button.current?.focus();
                  item.run();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
