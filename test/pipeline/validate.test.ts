import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/pipeline/validate';
import type { Dataset } from '../../src/shared/schema';
import { fixtureDataset } from '../fixtures/app/fixture';

describe('validateDataset(dataset)', () => {
  it('passes a valid dataset through unchanged', () => {
    expect(validateDataset(structuredClone(fixtureDataset))).toEqual(fixtureDataset);
  });

  it('drops an entry that breaks the contract, reports it by article file, and removes references to it', () => {
    const bad: Dataset = structuredClone(fixtureDataset);
    const person = bad.people.find((p) => p.articles.length > 0)!;
    person.roles[0]!.country = 'NATO';
    const event = bad.events[0]!;
    event.date = '31 February';
    const out = validateDataset(bad);
    expect(out.people.map((p) => p.id)).not.toContain(person.id);
    for (const a of out.articles) expect(a.people).not.toContain(person.id);
    for (const e of out.events) expect(e.people).not.toContain(person.id);
    expect(out.events.map((e) => e.id)).not.toContain(event.id);
    for (const a of out.articles) expect(a.events).not.toContain(event.id);
    for (const r of out.relations) expect(r.events).not.toContain(event.id);
    const files = new Map(bad.articles.map((a) => [a.id, a.file]));
    const reported = out.reports.filter((r) => r.reason.includes(`person ${person.id} dropped`));
    expect(reported.map((r) => r.file).sort()).toEqual(person.articles.map((id) => files.get(id)).sort());
    expect(reported[0]!.reason).toContain('roles.0.country');
    const eventFiles = [...new Set(event.sources.map((s) => files.get(s.articleId)))];
    expect(
      out.reports.filter((r) => r.reason.includes(`event ${event.id} dropped`)).map((r) => r.file),
    ).toEqual(eventFiles.sort());
  });

  it('still stops on a fault in the dataset’s own structure', () => {
    const bad = { ...structuredClone(fixtureDataset), schemaVersion: 7 } as unknown as Dataset;
    expect(() => validateDataset(bad)).toThrow(/schemaVersion/);
  });
});
