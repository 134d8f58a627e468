/** Events as a list of links (date · kind — summary); a click selects the event and shows its evidence. */
import type { DiploEvent } from '../../shared/schema';
import { formatPartialDate } from '../i18n/format';
import { useStore } from '../state/store';
import { useVocab } from '../shell/use-strings';

export function EventLinks({ events, lang }: { events: readonly DiploEvent[]; lang?: string }) {
  const vocab = useVocab();
  const locale = useStore((s) => s.locale);
  const select = useStore((s) => s.select);
  return (
    <ul className="link-list" lang={lang}>
      {events.map((e) => (
        <li key={e.id}>
          <button type="button" className="link" onClick={() => select({ kind: 'event', id: e.id })}>
            {formatPartialDate(e.date, locale)} · {vocab(e.type)} — {e.summary}
          </button>
        </li>
      ))}
    </ul>
  );
}
