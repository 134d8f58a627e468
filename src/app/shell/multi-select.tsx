/**
 * A compact multi-select: a disclosure with one checkbox per option, labelled and sorted in the
 * interface language. Options are drawn only while it is open, and a long list (2,000 people in a
 * large corpus) gets a search box and shows at most MAX_SHOWN matches, so the filter bar stays
 * cheap to redraw on every filter change.
 */
import { useMemo, useState } from 'react';
import { formatNumber } from '../i18n/format';
import type { UiLocale } from '../state/store';

/** Above this many options the list gets a search box. */
const SEARCH_FROM = 12;
/** At most this many options are drawn at once; the search narrows the rest. */
const MAX_SHOWN = 150;

const STRINGS = {
  en: { search: 'Search', shown: (n: string, of: string) => `${n} of ${of} shown: type to narrow` },
  bn: { search: 'খুঁজুন', shown: (n: string, of: string) => `${of}টির মধ্যে ${n}টি দেখানো হচ্ছে: খুঁজে সংক্ষেপ করুন` },
  hi: { search: 'खोजें', shown: (n: string, of: string) => `${of} में से ${n} दिखाए गए: खोजकर छाँटें` },
};

export function MultiSelect(props: {
  label: string;
  name: string;
  options: readonly string[];
  selected: readonly string[];
  labelOf: (id: string) => string;
  onToggle: (id: string) => void;
  locale: UiLocale;
}) {
  const { label, options, selected, labelOf, locale } = props;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const t = STRINGS[locale];
  const sorted = useMemo(() => {
    if (!open) return [];
    const collator = new Intl.Collator(locale);
    return options
      .map((id) => ({ id, label: labelOf(id) }))
      .sort((a, b) => collator.compare(a.label, b.label));
    // labelOf changes identity on every render; the names change only with the locale and options.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, options, locale]);
  const q = query.trim().toLocaleLowerCase(locale);
  const matches = q
    ? sorted.filter((o) => o.label.toLocaleLowerCase(locale).includes(q) || o.id.toLowerCase().includes(q))
    : sorted;
  // Chosen options stay reachable (to untick) whatever the search.
  const shown = [
    ...sorted.filter((o) => selected.includes(o.id) && !matches.slice(0, MAX_SHOWN).includes(o)),
    ...matches.slice(0, MAX_SHOWN),
  ];
  return (
    <details
      className="multi-select"
      data-filter={props.name}
      open={open}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          e.currentTarget.querySelector('summary')?.focus();
        }
      }}
    >
      <summary
        onClick={(e) => {
          e.preventDefault();
          setOpen(!open);
        }}
      >
        {label}
        {selected.length > 0 ? ` (${formatNumber(selected.length, locale)})` : ''}
      </summary>
      {open && (
        <fieldset>
          <legend className="visually-hidden">{label}</legend>
          {options.length > SEARCH_FROM && (
            <input
              type="search"
              className="option-search"
              aria-label={`${t.search}: ${label}`}
              placeholder={t.search}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
          )}
          {shown.map((o) => (
            <label key={o.id}>
              <input
                type="checkbox"
                name={props.name}
                value={o.id}
                checked={selected.includes(o.id)}
                onChange={() => props.onToggle(o.id)}
              />{' '}
              {o.label}
            </label>
          ))}
          {matches.length > MAX_SHOWN && (
            <p className="muted option-more">
              {t.shown(formatNumber(MAX_SHOWN, locale), formatNumber(matches.length, locale))}
            </p>
          )}
        </fieldset>
      )}
    </details>
  );
}
