/** Display names of entities in the interface language, from the dataset or Intl. */
import type { Dataset } from '../../shared/schema';
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
      const p = dataset.people.find((x) => x.id === id);
      return p ? localName(p.names, locale) : id;
    }
    case 'place': {
      const p = dataset.places.find((x) => x.id === id);
      return p ? localName(p.names, locale) : id;
    }
    case 'mineral':
      return mineralLabel(id);
    case 'article':
      return dataset.articles.find((a) => a.id === id)?.title ?? id;
    case 'event':
      return dataset.events.find((e) => e.id === id)?.summary ?? id;
    case 'pair':
      return id
        .split(',')
        .map((part) => entityName(dataset, /^[A-Z]{2}$/.test(part) ? 'country' : 'person', part, locale))
        .join(' – ');
  }
}
