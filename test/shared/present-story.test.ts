/**
 * The default presentation (src/app/features/present/story.json) against the dataset the
 * pipeline builds from seeds/: every slide shows something and names only what exists. It lives
 * with the Node tests because it runs the pipeline; the app's filters decide what a slide shows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/shared/schema';
import { filterArticles, filterEvents } from '../../src/app/data/filter';
import { slideState, STORY, storySchema } from '../../src/app/features/present/story';
import { buildDataset } from '../../src/pipeline/corpus';
import { memoryEffects } from '../../src/pipeline/effects';
import { buildLexicon } from '../../src/pipeline/lexicon';
import { readCorpus } from '../../src/pipeline/read';
import raw from '../../src/app/features/present/story.json';

let dataset: Dataset;
beforeAll(async () => {
  const files = Object.fromEntries(
    readdirSync('seeds').map((f) => [`seeds/${f}`, readFileSync(`seeds/${f}`)]),
  );
  const { articles, reports } = await readCorpus('seeds', memoryEffects(files));
  dataset = buildDataset('seeds', articles, reports, buildLexicon());
});

const SLIDES = STORY.map((_, i) => ({ i, n: i + 1 }));
const title = (i: number) => `slide ${i + 1} (${STORY[i]!.title.en})`;

describe('STORY (features/present/story.json)', () => {
  it('tells the story of the seed articles in at least six slides', () => {
    expect(STORY.length).toBeGreaterThanOrEqual(6);
    expect(new Set(STORY.map((s) => s.view)).size).toBeGreaterThanOrEqual(3);
  });

  it('refuses a map slide without a viewport and an unknown filter', () => {
    const slide = raw[0]!;
    expect(storySchema.safeParse([{ ...slide, mapView: undefined }]).success).toBe(false);
    expect(storySchema.safeParse([{ ...slide, filters: { country: ['IN'] } }]).success).toBe(false);
  });

  it.each(SLIDES)('slide $n: its filters leave something to draw', ({ i }) => {
    const { filters } = slideState(STORY[i]!);
    const events = filterEvents(dataset, filters);
    expect(events.length, title(i)).toBeGreaterThan(0);
    const view = STORY[i]!.view;
    if (view === 'map')
      expect(
        events.some((e) => e.type === 'meeting' && e.place),
        title(i),
      ).toBe(true);
    if (view === 'relations')
      expect(
        events.some((e) => e.countries.length >= 2),
        title(i),
      ).toBe(true);
    if (view === 'minerals' || view === 'sources')
      expect(filterArticles(dataset, filters).length, title(i)).toBeGreaterThan(0);
  });

  it.each(SLIDES)('slide $n: every id it names is in the data, the selection on show', ({ i }) => {
    const slide = STORY[i]!;
    const countries = new Set(dataset.events.flatMap((e) => e.countries));
    const people = new Set(dataset.people.map((p) => p.id));
    const minerals = new Set(dataset.events.flatMap((e) => e.minerals));
    for (const c of slide.filters.countries ?? []) expect(countries, title(i)).toContain(c);
    for (const p of slide.filters.people ?? []) expect(people, title(i)).toContain(p);
    for (const m of slide.filters.minerals ?? []) expect(minerals, title(i)).toContain(m);
    const sel = slide.selection;
    if (!sel) return;
    const shown = filterEvents(dataset, slideState(slide).filters);
    const onShow: Record<typeof sel.kind, boolean> = {
      country: shown.some((e) => e.countries.includes(sel.id)),
      person: shown.some((e) => e.people.includes(sel.id)),
      mineral: shown.some((e) => e.minerals.includes(sel.id as never)),
      event: shown.some((e) => e.id === sel.id),
      place: shown.some((e) => e.place?.id === sel.id) && dataset.places.some((p) => p.id === sel.id),
      article: shown.some((e) => e.sources.some((s) => s.articleId === sel.id)),
    };
    expect(onShow[sel.kind], `${title(i)}: ${sel.kind} ${sel.id}`).toBe(true);
  });
});
