/** The shell's labels and vocabulary names in the current interface language. */
import { useCallback } from 'react';
import { SHELL_STRINGS, VOCAB_LABELS } from '../i18n/strings';
import type { ShellStrings } from '../i18n/strings';
import { useStore } from '../state/store';

export function useShellStrings(): ShellStrings {
  return SHELL_STRINGS[useStore((s) => s.locale)];
}

/**
 * Label of a vocabulary value (event type, meeting kind, status, language), falling back to the
 * id. The same function while the language stays, so views can memoise on it.
 */
export function useVocab(): (id: string) => string {
  const labels = VOCAB_LABELS[useStore((s) => s.locale)];
  return useCallback((id: string) => labels[id] ?? id, [labels]);
}
