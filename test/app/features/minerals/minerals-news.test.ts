import { describe, expect, it } from 'vitest';
import fixture from '../../../fixtures/app/dataset.json';
import { datasetSchema } from '../../../../src/shared/schema';
import {
  exportControlEvents,
  isChainEvent,
  mineralArticleCounts,
  newsByMineral,
  newsFor,
} from '../../../../src/app/features/minerals/minerals-news';
import { MINERAL_IDS } from '../../../../src/shared/vocab';
import { generateScaleDataset } from '../../../fixtures/scale-dataset';

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

describe('newsByMineral(minerals, articles, events)', () => {
  const scale = generateScaleDataset({ articles: 600, meetings: 300, people: 80 }).dataset;
  it('gives for each mineral what newsFor gives, in one pass', () => {
    for (const d of [dataset, scale]) {
      const all = newsByMineral(MINERAL_IDS, d.articles, d.events);
      for (const id of MINERAL_IDS) expect(all.get(id)).toEqual(newsFor(id, d.articles, d.events));
      const some = d.events.filter((e) => e.type !== 'meeting');
      expect(newsByMineral(['lithium'], d.articles.slice(5), some).get('lithium')).toEqual(
        newsFor('lithium', d.articles.slice(5), some),
      );
    }
  });

  it('counts an article or an event that lists a mineral twice once', () => {
    const a = {
      ...dataset.articles[0]!,
      minerals: ['lithium', 'lithium'] as (typeof dataset.articles)[0]['minerals'],
    };
    const e = {
      ...dataset.events[0]!,
      type: 'tariff' as const,
      minerals: ['lithium', 'lithium'] as typeof a.minerals,
    };
    const news = newsByMineral(['lithium'], [a], [e]).get('lithium')!;
    expect(news.articles).toBe(1);
    expect(news.events).toHaveLength(1);
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
