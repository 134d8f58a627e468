/**
 * Builds src/pipeline/gazetteer/people.json from the curated files in build/people/*.json
 * (one per region). Run with `npx tsx src/pipeline/gazetteer/build/build-people.ts`.
 * It fails, naming the people, when two share an id or a full-name alias; a short name shared
 * by two people is not an error but marks both ambiguous, so the pipeline only accepts it
 * when the full name is in the same article.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseKey } from '../../normalise';
import type { PersonEntry } from '../types-entities';
import { derivePerson, type SourcePerson } from './people-derive';
import { writeJson } from './write-json';

const here = dirname(fileURLToPath(import.meta.url));
const LANGS = ['en', 'bn', 'hi'] as const;

/** Derives every person and checks the set; returns the sorted list or throws with every problem. */
export function buildPeople(files: { region: string; people: SourcePerson[] }[]): PersonEntry[] {
  const people = files.flatMap((f) => f.people.map((p) => derivePerson(p, f.region)));
  const problems: string[] = [];
  const byId = new Map<string, PersonEntry>();
  for (const p of people) {
    if (byId.has(p.id)) problems.push(`duplicate id ${p.id} (${byId.get(p.id)!.region}, ${p.region})`);
    byId.set(p.id, p);
    for (const l of LANGS) if (!p.names[l]) problems.push(`${p.id} has no ${l} name`);
  }
  for (const l of LANGS) {
    const fullOwner = new Map<string, string>();
    const shortOwners = new Map<string, Set<string>>();
    for (const p of people) {
      const shorts = new Set(p.surnameOnly[l].map(fold));
      for (const a of p.aliases[l]) {
        const k = fold(a);
        if (shorts.has(k)) {
          shortOwners.set(k, (shortOwners.get(k) ?? new Set()).add(p.id));
          continue;
        }
        const owner = fullOwner.get(k);
        if (owner && owner !== p.id) problems.push(`${l} alias "${a}" names both ${owner} and ${p.id}`);
        fullOwner.set(k, p.id);
      }
    }
    // A short name that is another person's short or full name is ambiguous for everyone using it,
    // and so is one that is another person's first name (Nawaz: Maryam Nawaz, Nawaz Sharif).
    const firstNames = new Map<string, Set<string>>();
    for (const p of people) {
      const first = fold(p.names[l]).split(' ')[0]!;
      if (first) firstNames.set(first, (firstNames.get(first) ?? new Set()).add(p.id));
    }
    for (const [k, owners] of shortOwners) {
      const full = fullOwner.get(k);
      const others = [...(firstNames.get(k) ?? [])].filter((id) => !owners.has(id));
      if (owners.size < 2 && !(full && !owners.has(full)) && others.length === 0) continue;
      for (const id of owners) byId.get(id)!.ambiguousSurname = true;
      if (full) byId.get(full)!.ambiguousSurname = true;
    }
  }
  if (problems.length)
    throw new Error(`people gazetteer has ${problems.length} problems:\n${problems.join('\n')}`);
  return people.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Key for collisions: the matcher's own folded key (case, diacritics, vowel length, nukta), and
 * dots and hyphens do not tell names apart either, so two aliases that look alike to it clash here.
 */
function fold(s: string): string {
  return normaliseKey(s)
    .replace(/[.\-\s]+/g, ' ')
    .trim();
}

function readSources(dir: string): { region: string; people: SourcePerson[] }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({
      region: f.replace(/\.json$/, ''),
      people: JSON.parse(readFileSync(join(dir, f), 'utf8')) as SourcePerson[],
    }));
}

async function main(): Promise<void> {
  const people = buildPeople(readSources(join(here, 'people')));
  const out = join(here, '..', 'people.json');
  await writeJson(out, people);
  process.stderr.write(`wrote ${people.length} people to ${out}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
