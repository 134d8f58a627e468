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
  if (ga !== gb) {
    // Within an article, a trip to a gathering is part of it ("travelled to Paris, where he co-chaired the summit").
    const [visit, gathering] = ga ? [b, a] : [a, b];
    return (
      !acrossArticles &&
      visit.kind === 'visit' &&
      [...visit.countries].every((c) => gathering.countries.has(c))
    );
  }
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
  // The article-level merge already kept these apart.
  if (acrossArticles && a.sources.some((s) => b.sources.some((t) => t.articleId === s.articleId)))
    return false;
  if (acrossArticles && (!a.date || !b.date || a.date.assumed || b.date.assumed)) {
    // Across articles an undated report could be any meeting of the same parties; require the place to agree too.
    if (!a.place || !b.place || a.place.level === 'dateline' || b.place.level === 'dateline') return false;
  }
  // Within one article two different days are two meetings (Tuesday with one minister, Wednesday with another).
  if (!acrossArticles && a.date && b.date && a.date.precision === 'day' && b.date.precision === 'day')
    return a.date.value === b.date.value;
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
 * Across articles, keys also carry the month (or year), so a large corpus compares each report
 * only with events of about the same time and merging stays near-linear.
 */
function partyKeys(c: Candidate, acrossArticles: boolean): string[] {
  const head = `${c.type}|${c.status}|`;
  const parties = [...c.countries].sort();
  if (c.type !== 'meeting') return parties.map((p) => head + p);
  if (GATHERINGS.has(c.kind ?? '') && !acrossArticles) return parties.map((p) => `${head}many|${p}`);
  if (!GATHERINGS.has(c.kind ?? '')) {
    const own = `${head}two|${parties.join(',')}`;
    // Within an article a visit may also join the gathering it went to.
    return c.kind === 'visit' && !acrossArticles ? [own, ...parties.map((p) => `${head}many|${p}`)] : [own];
  }
  const keys: string[] = [];
  for (let i = 0; i < parties.length; i++)
    for (let j = i + 1; j < parties.length; j++) keys.push(`${head}many|${parties[i]},${parties[j]}`);
  return keys;
}

const shiftMonth = (ym: string, by: number) => {
  const d = new Date(Date.UTC(Number(ym.slice(0, 4)), Number(ym.slice(5, 7)) - 1 + by, 1));
  return d.toISOString().slice(0, 7);
};

/** Time buckets an event is stored under, and those a candidate looks in. */
function timeKeys(c: Candidate): { store: string[]; look: string[] } {
  const v = c.date?.value;
  if (!v) return { store: ['undated'], look: ['undated'] };
  const year = v.slice(0, 4);
  if (v.length === 4) return { store: [year, `${year}|y`], look: [year] };
  const month = v.slice(0, 7);
  const look = [month, `${year}|y`];
  // A day near a month's edge or a week can match the neighbouring month.
  const day = Number(v.slice(8, 10) || 15);
  if (day <= 1 || c.date?.precision === 'week') look.push(shiftMonth(month, -1));
  if (day >= 28 || c.date?.precision === 'week') look.push(shiftMonth(month, 1));
  return { store: [year, month], look };
}

function indexKeys(c: Candidate, acrossArticles: boolean, mode: 'store' | 'look'): string[] {
  const parties = partyKeys(c, acrossArticles);
  if (!acrossArticles) return parties;
  const times = timeKeys(c)[mode];
  return parties.flatMap((p) => times.map((t) => `${p}@${t}`));
}

/** Greedy merge in order: each candidate joins the earliest event it matches. */
export function mergeCandidates(list: Candidate[], acrossArticles: boolean): Candidate[] {
  const out: Candidate[] = [];
  const index = new Map<string, number[]>();
  for (const c of list) {
    const seen = new Set<number>();
    for (const key of indexKeys(c, acrossArticles, 'look')) for (const i of index.get(key) ?? []) seen.add(i);
    const into = [...seen].sort((a, b) => a - b).find((i) => sameEvent(out[i]!, c, acrossArticles));
    if (into !== undefined) {
      absorb(out[into]!, c);
      for (const key of indexKeys(out[into]!, acrossArticles, 'store')) {
        const at = index.get(key);
        if (!at) index.set(key, [into]);
        else if (!at.includes(into)) at.push(into);
      }
      continue;
    }
    out.push(c);
    for (const key of indexKeys(c, acrossArticles, 'store')) {
      const at = index.get(key);
      if (at) at.push(out.length - 1);
      else index.set(key, [out.length - 1]);
    }
  }
  return out;
}
