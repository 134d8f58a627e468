/**
 * "Download data": the rows behind the current view, filtered as the view is. Map: the meetings
 * (placed or not); minerals: the reference figures of the minerals shown and the news events
 * about them; relations: the edges of the chart shown (country pairs or people pairs); timeline:
 * the events; sources: the articles. Pure.
 */
import { REFERENCE } from '../../../shared/reference/reference';
import { deriveRelations } from '../../../shared/relations';
import type { Dataset } from '../../../shared/schema';
import { filterArticles, filterEvents } from '../../data/filter';
import type { Filters, View } from '../../state/store';
import type { Row } from './csv';
import { EVENT_COLUMNS, eventRow } from './event-rows';
import { lookup } from '../../data/lookup';
import { peopleLinksOf } from '../../data/pair-index';

export interface DataTable {
  /** The chart the rows are behind, for the file name. */
  chart: string | null;
  columns: string[];
  rows: Row[];
}

/** What the view shows that the store does not hold: the chart tab, the minerals picked. */
export interface OnScreen {
  charts: string[];
  minerals: string[];
}

const join = (xs: readonly string[]) => xs.join('; ');

function referenceRows(minerals: readonly string[]): Row[] {
  return REFERENCE.minerals
    .filter((m) => minerals.includes(m.id))
    .flatMap((m) => {
      const source = REFERENCE.sources[m.source];
      const cite = source ? `${source.title} ${source.url}` : m.source;
      const blocks = [
        { stage: m.stage, unit: m.unit, year: m.year, values: m.production, world: m.world_production },
        ...(m.mine_production ? [{ stage: 'mine', ...m.mine_production }] : []),
      ];
      return blocks.flatMap((b) =>
        Object.entries(b.values).map(([country, value]): Row => ({
          record: 'reference',
          mineral: m.id,
          stage: b.stage,
          country,
          value,
          unit: b.unit,
          year: b.year,
          world: b.world,
          share_pct: Math.round((value / b.world) * 1000) / 10,
          reference_source: cite,
        })),
      );
    });
}

const REFERENCE_COLUMNS = [
  'record',
  'mineral',
  'stage',
  'country',
  'value',
  'unit',
  'year',
  'world',
  'share_pct',
  'reference_source',
];

export function viewData(view: View, dataset: Dataset, filters: Filters, shown: OnScreen): DataTable {
  const events = filterEvents(dataset, filters);
  const eventTable = (chart: string, list = events): DataTable => ({
    chart,
    columns: [...EVENT_COLUMNS],
    rows: list.map((e) => eventRow(e, dataset)),
  });
  switch (view) {
    case 'map':
      return eventTable(
        'meetings',
        events.filter((e) => e.type === 'meeting'),
      );
    case 'minerals': {
      const minerals = shown.minerals.length
        ? shown.minerals
        : filters.minerals.length
          ? filters.minerals
          : REFERENCE.minerals.map((m) => m.id);
      const news = events.filter((e) => e.minerals.some((m) => minerals.includes(m)));
      const columns = [...REFERENCE_COLUMNS, ...EVENT_COLUMNS.filter((c) => !REFERENCE_COLUMNS.includes(c))];
      const rows = [
        ...referenceRows(minerals),
        ...news.map((e) => ({ record: 'news', ...eventRow(e, dataset) })),
      ];
      return { chart: minerals.length <= 3 ? minerals.join('-') : null, columns, rows };
    }
    case 'relations': {
      if (shown.charts.includes('people')) {
        const person = (id: string) => lookup(dataset).person.get(id)?.name ?? id;
        return {
          chart: 'people',
          columns: ['a', 'b', 'a_name', 'b_name', 'meetings', 'weight', 'events'],
          rows: peopleLinksOf(dataset, events).map((l) => ({
            a: l.a,
            b: l.b,
            a_name: person(l.a),
            b_name: person(l.b),
            meetings: l.meetings,
            weight: l.weight,
            events: join(l.events),
          })),
        };
      }
      return {
        chart: shown.charts.includes('matrix') ? 'matrix' : 'network',
        columns: ['a', 'b', 'meetings', 'cooperation', 'conflict', 'first', 'last', 'events'],
        rows: deriveRelations(events).map((r) => ({ ...r, events: join(r.events) })),
      };
    }
    case 'timeline':
      return eventTable('events');
    case 'sources':
      return {
        chart: 'articles',
        columns: [
          'id',
          'language',
          'published',
          'outlet',
          'title',
          'file',
          'countries',
          'minerals',
          'events',
        ],
        rows: filterArticles(dataset, filters).map((a) => ({
          id: a.id,
          language: a.language,
          published: a.published,
          outlet: a.outlet,
          title: a.title,
          file: a.file,
          countries: join(a.countries),
          minerals: join(a.minerals),
          events: join(a.events),
        })),
      };
    case 'present':
      return { chart: null, columns: [], rows: [] };
  }
}
