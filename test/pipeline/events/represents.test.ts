import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/pipeline/corpus';
import { representedCountry } from '../../../src/pipeline/events/represents';
import { buildLexicon } from '../../../src/pipeline/lexicon';

const lexicon = buildLexicon();
const on = (id: string, day: string | null) =>
  representedCountry(lexicon.people.get(id)!, day, lexicon.countries);

describe('representedCountry(person, day, countries)', () => {
  it('is the office held on the day, not the nationality', () => {
    expect(on('kaja-kallas', '2025-06-01')).toBe('EU');
    expect(on('kaja-kallas', '2023-06-01')).toBe('EE');
    expect(on('ursula-von-der-leyen', '2025-06-01')).toBe('EU');
  });

  it('is no country for an office at an organisation other than the EU', () => {
    expect(on('mark-rutte', '2025-06-01')).toBeNull();
    expect(on('antonio-guterres', '2025-06-01')).toBeNull();
    expect(on('kristalina-georgieva', '2025-06-01')).toBeNull();
  });

  it('keeps the last office begun when the day falls between two, and the newest without a day', () => {
    // Rutte left the Dutch premiership on 2 July 2024 and took up NATO on 1 October 2024.
    expect(on('mark-rutte', '2024-08-15')).toBe('NL');
    expect(on('mark-rutte', '2020-01-01')).toBe('NL');
    expect(on('mark-rutte', null)).toBeNull();
    expect(on('s-jaishankar', null)).toBe('IN');
  });
});

describe('an article naming officials of organisations', () => {
  const text = [
    'Published: 3 March 2025',
    'Rutte meets Jaishankar',
    'NATO Secretary General Mark Rutte met Indian External Affairs Minister S. Jaishankar in Brussels on Monday.',
    'EU foreign policy chief Kaja Kallas also met Jaishankar on Tuesday.',
  ].join('\n');
  const data = buildDataset('x', [{ file: 'a.txt', text }], [], lexicon);

  it('builds, with the organisation kept apart from the country on the role', () => {
    const rutte = data.people.find((p) => p.id === 'mark-rutte')!;
    expect(rutte.roles.at(-1)).toMatchObject({ country: null, organisation: 'NATO' });
  });

  it('gives the EU a meeting with India, and NATO’s chief no Belgian party', () => {
    const meetings = data.events.filter((e) => e.type === 'meeting').map((e) => e.countries);
    expect(meetings).toContainEqual(['EU', 'IN']);
    expect(meetings.flat()).not.toContain('BE');
    expect(meetings.flat()).not.toContain('NL');
  });
});
