// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearTexts, primeTexts } from '../../../src/app/data/texts';
import { provideDataset } from '../../../src/app/data/use-dataset';
import { DetailsPanel } from '../../../src/app/details/details-panel';
import { segmentText } from '../../../src/app/details/segments';
import { useStore } from '../../../src/app/state/store';
import type { Dataset } from '../../../src/shared/schema';
import { fixtureDataset as dataset, fixtureText, fixtureTexts } from '../../fixtures/app/fixture';

beforeEach(() => {
  clearTexts();
  primeTexts(fixtureTexts);
  provideDataset(dataset);
  useStore.setState({ locale: 'en', selection: null });
});
afterEach(cleanup);

describe('DetailsPanel', () => {
  it('shows every evidence sentence of the selected event with its entities marked', () => {
    const event = dataset.events.find((e) => e.sources.length > 1) ?? dataset.events[0]!;
    useStore.setState({ selection: { kind: 'event', id: event.id } });
    const { container } = render(<DetailsPanel />);
    const quotes = [...container.querySelectorAll('.evidence-sentence')];
    expect(quotes.map((q) => q.textContent)).toEqual(event.sources.map((s) => s.sentence));
    const first = event.sources[0]!;
    const article = dataset.articles.find((a) => a.id === first.articleId)!;
    const inside = fixtureText(article).mentions.filter(
      (m) => m.start >= first.span.start && m.end <= first.span.end,
    );
    expect(quotes[0]!.querySelectorAll('mark').length).toBe(inside.length);
    const link = container.querySelector(`a[href="#/sources?sel=article:${article.id}"]`);
    expect(link).toBeTruthy();
  });

  it('keeps a <script> in article text as text', () => {
    const text = 'Hello <script>window.hacked = 1</script> India <b>bold</b>.';
    const bad: Dataset = structuredClone(dataset);
    const a = bad.articles[0]!;
    const mentions = [
      { kind: 'country' as const, id: 'IN', start: text.indexOf('India'), end: text.indexOf('India') + 5 },
    ];
    clearTexts();
    primeTexts([
      { schemaVersion: 2, chunk: a.textChunk, articles: [{ id: a.id, text, blocks: [], mentions }] },
    ]);
    const e = bad.events[0]!;
    e.sources = [{ articleId: a.id, sentence: text, span: { start: 0, end: text.length }, confidence: 1 }];
    provideDataset(bad);
    useStore.setState({ selection: { kind: 'event', id: e.id } });
    const { container } = render(<DetailsPanel />);
    const quote = container.querySelector('.evidence-sentence')!;
    expect(quote.querySelector('script')).toBeNull();
    expect(quote.querySelector('b')).toBeNull();
    expect(quote.textContent).toBe(text);
    expect(quote.querySelector('mark')?.textContent).toBe('India');
  });

  it('for a country lists the events and articles involving it', () => {
    useStore.setState({ selection: { kind: 'country', id: 'IN' } });
    const { container } = render(<DetailsPanel />);
    expect(container.querySelector('h2')?.textContent).toBe('India');
    const buttons = container.querySelectorAll('.link-list button');
    const expected =
      dataset.events.filter((e) => e.countries.includes('IN')).length +
      dataset.articles.filter((x) => x.countries.includes('IN')).length;
    expect(buttons.length).toBe(expected);
  });
});

describe('segmentText(text, mentions, start, end)', () => {
  it('covers the range exactly, with marks only for mentions inside it', () => {
    const text = 'India and Bangladesh met.';
    const segs = segmentText(
      text,
      [
        { kind: 'country', id: 'IN', start: 0, end: 5 },
        { kind: 'country', id: 'BD', start: 10, end: 20 },
      ],
      3,
      text.length,
    );
    expect(segs.map((s) => s.text).join('')).toBe(text.slice(3));
    expect(segs.filter((s) => s.mention).map((s) => s.text)).toEqual(['Bangladesh']);
  });

  it('does not split a Bengali syllable: a vowel sign after a mention stays with it', () => {
    const text = 'ওয়াশিংটনে বৈঠক';
    const segs = segmentText(text, [{ kind: 'place', id: 'washington', start: 0, end: 9 }]);
    expect(segs[0]!.text).toBe('ওয়াশিংটনে');
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });
});

describe('DetailsPanel before the article texts arrive', () => {
  it('shows each evidence sentence verbatim while its text chunk loads', () => {
    clearTexts();
    vi.stubGlobal('fetch', () => new Promise<Response>(() => undefined));
    const event = dataset.events[0]!;
    useStore.setState({ selection: { kind: 'event', id: event.id } });
    const { container } = render(<DetailsPanel />);
    const quotes = [...container.querySelectorAll('.evidence-sentence')];
    expect(quotes.map((q) => q.textContent)).toEqual(event.sources.map((s) => s.sentence));
    expect(container.querySelectorAll('.evidence-sentence mark').length).toBe(0);
    vi.unstubAllGlobals();
  });
});
