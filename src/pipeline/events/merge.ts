/**
 * Merging: sentences of one article that report the same event, and articles (in any language)
 * that report the same event, become one event with every source. Two reports are the same event
 * when type and status agree, the parties agree, and date and place do not contradict each other.
 */
import type { Candidate, CandidateDate, CandidatePlace } from './candidate';
import { dateRank, placeRank } from './candidate';

const DAY = 86_400_000;

/** Dates agree when one contains the other (a month and a day in it), or two days are at most one apart. */
export function datesCompatible(a: CandidateDate | null, b: CandidateDate | null): boolean {
  if (!a || !b) return true;
  if (a.precision === 'week' || b.precision === 'week') {
    // A week (given by its first day) holds the days up to six after it.
    const [w, o] = a.precision === 'week' ? [a, b] : [b, a];
    if (o.value.length === 10 && w.value.length === 10) {
      const d = (Date.parse(o.value) - Date.parse(w.value)) / DAY;
      return d >= -1 && d <= 7;
    }
  }
  if (a.value.length === 10 && b.value.length === 10) {
    return Math.abs(Date.parse(a.value) - Date.parse(b.value)) <= DAY;
  }
  const n = Math.min(a.value.length, b.value.length);
  return a.value.slice(0, n) === b.value.slice(0, n);
}

/** Places agree when one is missing, they are the same, one is a venue in the other city, or one is only the country. */
export function placesCompatible(a: CandidatePlace | null, b: CandidatePlace | null): boolean {
  if (!a || !b) return true;
  if (a.country !== b.country) return false;
  if (a.level === 'country' || b.level === 'country' || a.level === 'dateline' || b.level === 'dateline')
    return true;
  if (a.id === b.id) return true;
  return a.within === b.id || b.within === a.id;
}

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
const overlap = (a: Set<string>, b: Set<string>) => [...a].filter((x) => b.has(x)).length;
const GATHERINGS = new Set(['summit', 'multilateral']);

function partiesAgree(a: Candidate, b: Candidate, acrossArticles: boolean): boolean {
  if (a.type !== 'meeting') return overlap(a.countries, b.countries) >= Math.min(1, a.countries.size);
  const ga = GATHERINGS.has(a.kind ?? '');
  const gb = GATHERINGS.has(b.kind ?? '');
  if (ga !== gb) return false;
  // Within one article a gathering is usually one gathering, told in parts; across articles two shared parties.
  if (ga) return overlap(a.countries, b.countries) >= (acrossArticles ? 2 : 1);
  if (!sameSet(a.countries, b.countries)) return false;
  // A call has no place; a visit or talks in person do.
  if ((a.kind === 'call') !== (b.kind === 'call')) return !a.place && !b.place;
  return true;
}

export function sameEvent(a: Candidate, b: Candidate, acrossArticles: boolean): boolean {
  if (a.type !== b.type || a.status !== b.status) return false;
  if (!partiesAgree(a, b, acrossArticles)) return false;
  if (!placesCompatible(a.place, b.place)) return false;
  if (acrossArticles && (!a.date || !b.date || a.date.assumed || b.date.assumed)) {
    // Across articles an undated report could be any meeting of the same parties; require the place to agree too.
    if (!a.place || !b.place || a.place.level === 'dateline' || b.place.level === 'dateline') return false;
  }
  return datesCompatible(a.date, b.date);
}

/** Folds b into a. */
export function absorb(a: Candidate, b: Candidate): void {
  for (const key of ['countries', 'people', 'organisations', 'minerals', 'stages'] as const) {
    for (const x of b[key]) a[key].add(x);
  }
  for (const s of b.sources) {
    if (!a.sources.some((t) => t.articleId === s.articleId && t.span.start === s.span.start))
      a.sources.push(s);
  }
  if (dateRank(b.date) > dateRank(a.date)) a.date = b.date;
  if (placeRank(b.place) > placeRank(a.place)) a.place = b.place;
  if (a.kind !== b.kind) {
    if (b.kind === 'summit' || (b.kind === 'visit' && a.kind === 'bilateral')) a.kind = b.kind;
  }
  a.visitor ??= b.visitor;
  a.host ??= b.host;
  a.lastSentence = Math.max(a.lastSentence, b.lastSentence);
  a.confidence = Math.min(0.95, Math.max(a.confidence, b.confidence) + 0.05);
}

/**
 * Keys under which a candidate can meet its match: the exact party set for two-sided events,
 * every pair of parties for gatherings (they merge on two shared parties), every party for the rest.
 * The index keeps merging near-linear on large corpora.
 */
function keysOf(c: Candidate, acrossArticles: boolean): string[] {
  const head = `${c.type}|${c.status}|`;
  const parties = [...c.countries].sort();
  if (c.type !== 'meeting') return parties.map((p) => head + p);
  if (GATHERINGS.has(c.kind ?? '') && !acrossArticles) return parties.map((p) => `${head}many|${p}`);
  if (!GATHERINGS.has(c.kind ?? '')) return [`${head}two|${parties.join(',')}`];
  const keys: string[] = [];
  for (let i = 0; i < parties.length; i++)
    for (let j = i + 1; j < parties.length; j++) keys.push(`${head}many|${parties[i]},${parties[j]}`);
  return keys;
}

/** Greedy merge in order: each candidate joins the earliest event it matches. */
export function mergeCandidates(list: Candidate[], acrossArticles: boolean): Candidate[] {
  const out: Candidate[] = [];
  const index = new Map<string, number[]>();
  for (const c of list) {
    const seen = new Set<number>();
    for (const key of keysOf(c, acrossArticles)) for (const i of index.get(key) ?? []) seen.add(i);
    const into = [...seen].sort((a, b) => a - b).find((i) => sameEvent(out[i]!, c, acrossArticles));
    if (into !== undefined) {
      absorb(out[into]!, c);
      for (const key of keysOf(out[into]!, acrossArticles)) {
        const at = index.get(key);
        if (!at) index.set(key, [into]);
        else if (!at.includes(into)) at.push(into);
      }
      continue;
    }
    out.push(c);
    for (const key of keysOf(c, acrossArticles)) {
      const at = index.get(key);
      if (at) at.push(out.length - 1);
      else index.set(key, [out.length - 1]);
    }
  }
  return out;
}
