/**
 * The mineral picker: one toggle per mineral (reference minerals first, then those only the news
 * names), and "all in the reference data". Minerals named in the news carry their article count.
 */
import { useStore } from '../../state/store';
import { formatNumber } from '../../i18n/format';
import { mineralName } from './mineral-names';
import { MINERALS_STRINGS } from './strings';

export interface MineralPickerProps {
  referenceIds: readonly string[];
  newsOnlyIds: readonly string[];
  shown: readonly string[];
  counts: ReadonlyMap<string, number>;
  onChange: (ids: string[]) => void;
}

export function MineralPicker({ referenceIds, newsOnlyIds, shown, counts, onChange }: MineralPickerProps) {
  const locale = useStore((s) => s.locale);
  const t = MINERALS_STRINGS[locale];
  const allShown = referenceIds.every((id) => shown.includes(id)) && shown.length === referenceIds.length;
  const toggle = (id: string) =>
    onChange(shown.includes(id) ? shown.filter((x) => x !== id) : [...shown, id]);
  return (
    <div className="mn-picker" role="group" aria-label={t.picker}>
      <button
        type="button"
        aria-pressed={allShown}
        data-mineral="all"
        onClick={() => onChange([...referenceIds])}
      >
        {t.all}
      </button>
      {[...referenceIds, ...newsOnlyIds].map((id) => {
        const n = counts.get(id) ?? 0;
        return (
          <button
            key={id}
            type="button"
            data-mineral={id}
            aria-pressed={shown.includes(id)}
            className={n > 0 ? 'mn-in-news' : undefined}
            onClick={() => toggle(id)}
          >
            {mineralName(id, locale)}
            {n > 0 && <span className="mn-count"> ●{formatNumber(n, locale)}</span>}
          </button>
        );
      })}
    </div>
  );
}
