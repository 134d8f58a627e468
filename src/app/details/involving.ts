/** Which events and articles involve a selected entity. Pure, for the details panel. */
import type { Article, Dataset, DiploEvent } from '../../shared/schema';
import type { Selection } from '../state/store';

export function eventsInvolving(dataset: Dataset, sel: Selection): DiploEvent[] {
  return dataset.events.filter((e) => {
    switch (sel.kind) {
      case 'country':
        return e.countries.includes(sel.id);
      case 'person':
        return e.people.includes(sel.id);
      case 'mineral':
        return (e.minerals as string[]).includes(sel.id);
      case 'place':
        return e.place?.id === sel.id;
      case 'article':
        return e.sources.some((s) => s.articleId === sel.id);
      case 'event':
        return e.id === sel.id;
      case 'pair': {
        const [a = '', b = ''] = sel.id.split(',');
        return (
          (e.countries.includes(a) && e.countries.includes(b)) ||
          (e.people.includes(a) && e.people.includes(b))
        );
      }
    }
  });
}

export function articlesInvolving(dataset: Dataset, sel: Selection): Article[] {
  return dataset.articles.filter((a) => {
    switch (sel.kind) {
      case 'country':
        return a.countries.includes(sel.id);
      case 'person':
        return a.people.includes(sel.id);
      case 'mineral':
        return (a.minerals as string[]).includes(sel.id);
      case 'place':
        return a.places.includes(sel.id);
      case 'article':
        return a.id === sel.id;
      case 'event':
        return a.events.includes(sel.id);
      case 'pair':
        return sel.id.split(',').every((id) => a.countries.includes(id) || a.people.includes(id));
    }
  });
}
