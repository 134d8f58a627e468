/** Display names of entities in the interface language, from the dataset or Intl. */
import type { Dataset } from '../../shared/schema';
import { lookup } from '../data/lookup';
import { countryName, localName } from '../i18n/format';
import type { SelectionKind, UiLocale } from '../state/store';

/** A mineral id as words ("rare-earths" -> "rare earths"); the minerals view owns richer names. */
export function mineralLabel(id: string): string {
  return id.replace(/-/g, ' ');
}

export function entityName(dataset: Dataset, kind: SelectionKind, id: string, locale: UiLocale): string {
  switch (kind) {
    case 'country':
      return countryName(id, locale);
    case 'person': {
      const p = lookup(dataset).person.get(id);
      return p ? localName(p.names, locale) : id;
    }
    case 'place': {
      const p = lookup(dataset).place.get(id);
      return p ? localName(p.names, locale) : id;
    }
    case 'mineral':
      return mineralLabel(id);
    case 'article':
      return lookup(dataset).article.get(id)?.title ?? id;
    case 'event':
      return lookup(dataset).event.get(id)?.summary ?? id;
    case 'pair':
      return id
        .split(',')
        .map((part) => entityName(dataset, /^[A-Z]{2}$/.test(part) ? 'country' : 'person', part, locale))
        .join(' – ');
  }
}
