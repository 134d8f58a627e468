import { describe, expect, it } from 'vitest';
import fixture from '../../../fixtures/app/dataset.json';
import { datasetSchema } from '../../../../src/shared/schema';
import {
  exportControlEvents,
  isChainEvent,
  mineralArticleCounts,
  newsFor,
} from '../../../../src/app/features/minerals/minerals-news';

const dataset = datasetSchema.parse(fixture);

describe('newsFor(mineral, articles, events)', () => {
  it('counts the articles naming the mineral, and per country among them', () => {
    for (const id of ['lithium', 'rare-earths', 'gallium']) {
      const news = newsFor(id, dataset.articles, dataset.events);
      const naming = dataset.articles.filter((a) => (a.minerals as string[]).includes(id));
      expect(news.articles).toBe(naming.length);
      for (const [code, n] of Object.entries(news.countryArticles)) {
        expect(n).toBe(naming.filter((a) => a.countries.includes(code)).length);
      }
    }
  });

  it('puts only events that name the mineral on its chain', () => {
    for (const id of ['lithium', 'gallium', 'cobalt']) {
      for (const e of newsFor(id, dataset.articles, dataset.events).events) {
        const event = dataset.events.find((x) => x.id === e.id)!;
        expect(event.minerals as string[]).toContain(id);
      }
    }
  });

  it('leaves military incidents off the chain even when they name a mineral', () => {
    const base = dataset.events[0]!;
    expect(isChainEvent({ ...base, type: 'military-incident', minerals: ['lithium'] }, 'lithium')).toBe(
      false,
    );
    expect(isChainEvent({ ...base, type: 'export-control', minerals: ['lithium'] }, 'lithium')).toBe(true);
    expect(isChainEvent({ ...base, type: 'export-control', minerals: [] }, 'lithium')).toBe(false);
  });
});

describe('mineralArticleCounts(articles)', () => {
  it('counts each article once per mineral', () => {
    const counts = mineralArticleCounts(dataset.articles);
    const total = dataset.articles.reduce((a, x) => a + new Set(x.minerals).size, 0);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(total);
  });
});

describe('exportControlEvents(events)', () => {
  it('keeps dated export-control events only', () => {
    const out = exportControlEvents(dataset.events);
    const expected = dataset.events.filter((e) => e.type === 'export-control' && e.date).length;
    expect(out).toHaveLength(expected);
  });
});
