/**
 * Shows the country or mineral selected (here or in another view) and offers "filter to this",
 * which toggles it in the shared filter so every view follows.
 */
import { useStore } from '../../state/store';
import type { UiLocale } from '../../state/store';
import { countryName } from '../../i18n/format';
import { mineralName } from './mineral-names';
import { MINERALS_STRINGS } from './strings';

export function SelectionBar({ locale }: { locale: UiLocale }) {
  const t = MINERALS_STRINGS[locale];
  const selection = useStore((s) => s.selection);
  const filters = useStore((s) => s.filters);
  const toggleInFilter = useStore((s) => s.toggleInFilter);
  if (!selection || (selection.kind !== 'country' && selection.kind !== 'mineral')) return null;
  const key = selection.kind === 'country' ? 'countries' : 'minerals';
  const active = filters[key].includes(selection.id);
  const name =
    selection.kind === 'country' ? countryName(selection.id, locale) : mineralName(selection.id, locale);
  return (
    <div className="mn-selection" role="status">
      <span>
        {t.selected}: <strong>{name}</strong>
      </span>
      <button
        type="button"
        aria-pressed={active}
        data-action="filter-to"
        onClick={() => toggleInFilter(key, selection.id)}
      >
        {active ? t.unfilter : t.filterTo}
      </button>
    </div>
  );
}
