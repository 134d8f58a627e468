/**
 * Whom a named person speaks for in a story: the holder of the office they held on the story's
 * day, not their nationality. Kaja Kallas in 2025 is the EU's High Representative, not Estonia;
 * Mark Rutte in 2025 is NATO's Secretary General (an organisation, so no country); the IMF's or
 * the UN's chief stands for no country either. The EU is in the country list, as in the contract. A person with no dated office stands for their
 * own country.
 */
import type { PersonEntry } from '../gazetteer/types-entities';
import type { CountryEntry } from '../gazetteer/types-geo';

/** The office in force on `on` ("YYYY-MM-DD"), else the newest one begun by then, else the newest. */
function officeOn(person: PersonEntry, on: string | null) {
  const roles = person.roles;
  if (roles.length === 0) return null;
  if (on === null) return roles[roles.length - 1]!;
  const begun = roles.filter((r) => (r.from ?? '0000') <= on);
  // A year or month as the last day means its whole span.
  const current = begun.filter((r) => r.to === null || on.slice(0, r.to.length) <= r.to);
  return current.at(-1) ?? begun.at(-1) ?? roles[roles.length - 1]!;
}

export function representedCountry(
  person: PersonEntry,
  on: string | null,
  countries: ReadonlyMap<string, CountryEntry>,
): string | null {
  const office = officeOn(person, on);
  if (!office) return person.country;
  return countries.has(office.country) ? office.country : null;
}
