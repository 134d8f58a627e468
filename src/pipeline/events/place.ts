/**
 * Places for events: a named venue, a city, or a country drawn at its capital and marked
 * approximate. Coordinates come from the places gazetteer.
 */
import type { Lexicon } from '../lexicon';
import type { CandidatePlace } from './candidate';
import type { Venue } from './facts';

export function placeById(
  lexicon: Lexicon,
  id: string,
  level: CandidatePlace['level'],
): CandidatePlace | null {
  const p = lexicon.places.get(id);
  if (!p) return null;
  return {
    id: p.id,
    name: p.name,
    country: p.country,
    lat: p.lat,
    lon: p.lon,
    approximate: false,
    level: p.kind === 'venue' && level !== 'dateline' ? 'venue' : level,
    within: p.within ?? null,
  };
}

/** A country's capital, marked approximate: the text said only the country. */
export function countryPlace(lexicon: Lexicon, code: string): CandidatePlace | null {
  const capital = lexicon.countries.get(code)?.capital;
  const p = capital ? lexicon.places.get(capital) : undefined;
  if (!p) return null;
  return {
    id: null,
    name: lexicon.countries.get(code)?.name ?? code,
    country: code,
    lat: p.lat,
    lon: p.lon,
    approximate: true,
    level: 'country',
    within: null,
  };
}

/** The most specific venue a sentence names: a venue, then a city, then a country. */
export function bestVenue(lexicon: Lexicon, venues: Venue[]): CandidatePlace | null {
  // Where something happens ("ব্লেয়ার হাউসে") beats a place only mentioned ("হোয়াইট হাউসে যাওয়ার আগে" aside).
  // …and a place in the story beats the dateline ("New Delhi: … held talks … in Moscow").
  const tiers: ((v: Venue) => boolean)[] = [
    (v) => v.locative && !v.dateline,
    (v) => v.dateline,
    (v) => !v.locative,
  ];
  for (const tier of tiers) {
    for (const kind of ['venue', 'city', 'country'] as const) {
      const v = venues.find((x) => x.kind === kind && tier(x));
      if (!v) continue;
      const place = v.placeId ? placeById(lexicon, v.placeId, kind) : countryPlace(lexicon, v.country);
      if (place) return place;
    }
  }
  return null;
}
