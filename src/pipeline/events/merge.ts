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
  // Two gatherings of different organisations are two (the G20 summit, and IBSA on its sidelines).
  if (
    ga &&
    a.organisations.size > 0 &&
    b.organisations.size > 0 &&
    overlap(a.organisations, b.organisations) === 0
  )
    return false;
  // Within one article a gathering is usually one gathering, told in parts; across articles two shared parties.
  // Two shared parties (or all of the smaller one's): the ACITI leaders on the sidelines are not IBSA.
  if (ga)
    return (
      overlap(a.countries, b.countries) >=
      (acrossArticles ? 2 : Math.min(2, a.countries.size, b.countries.size))
    );
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
  // Within one article two different days are two meetings (Tuesday with one minister, Wednesday with another).
  // A gathering runs over days, so its reports may be a day apart.
  const gathering = GATHERINGS.has(a.kind ?? '') && GATHERINGS.has(b.kind ?? '');
  if (!acrossArticles && !gathering && a.date?.precision === 'day' && b.date?.precision === 'day')
    return a.date.value === b.date.value;
  if (!datesCompatible(a.date, b.date)) return false;
  // The article-level merge already kept these apart (checked last: it is the costly test).
  if (acrossArticles) {
    const seen = articlesOf(a);
    if (b.sources.some((x) => seen.has(x.articleId))) return false;
  }
  return true;
}

const SOURCE_KEYS = new WeakMap<Candidate, Set<string>>();
/** The articles an event's sources come from, kept up to date by absorb (rebuilding it per test was quadratic). */
const ARTICLES = new WeakMap<Candidate, Set<string>>();
function articlesOf(c: Candidate): Set<string> {
  let set = ARTICLES.get(c);
  if (!set) {
    set = new Set(c.sources.map((x) => x.articleId));
    ARTICLES.set(c, set);
  }
  return set;
}
const sourceKey = (s: Candidate['sources'][number]) => `${s.articleId}\u0000${s.span.start}`;

/** Folds b into a. */
export function absorb(a: Candidate, b: Candidate): void {
  for (const key of ['countries', 'people', 'organisations', 'minerals', 'stages'] as const) {
    for (const x of b[key]) a[key].add(x);
  }
  // A set of the sources' keys per event: an event many articles report would make a list scan quadratic.
  let keys = SOURCE_KEYS.get(a);
  if (!keys) {
    keys = new Set(a.sources.map(sourceKey));
    SOURCE_KEYS.set(a, keys);
  }
  for (const s of b.sources) {
    const k = sourceKey(s);
    if (!keys.has(k)) {
      keys.add(k);
      a.sources.push(s);
      ARTICLES.get(a)?.add(s.articleId);
    }
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

/** Month (or year) buckets of an explicitly dated event, and those a candidate looks in. */
function timeKeys(value: string, precision: string): { store: string[]; look: string[] } {
  const year = value.slice(0, 4);
  if (value.length === 4) return { store: [year, `${year}|y`], look: [year] };
  const month = value.slice(0, 7);
  const look = [month, `${year}|y`];
  // A day near a month's edge or a week can match the neighbouring month.
  const day = Number(value.slice(8, 10) || 15);
  if (day <= 1 || precision === 'week') look.push(shiftMonth(month, -1));
  if (day >= 28 || precision === 'week') look.push(shiftMonth(month, 1));
  return { store: [year, month], look };
}

/**
 * Across articles (see sameEvent): reports with their own dates meet by time; a report without one
 * (or with the publication date assumed) can only meet one placed in the same country. A report
 * with neither a date nor a place of its own merges with nothing, so it is not indexed at all.
 */
function matchKeys(c: Candidate, mode: 'store' | 'look'): string[] {
  const explicit = c.date && !c.date.assumed ? c.date : null;
  const placed = c.place && c.place.level !== 'dateline' ? c.place.country : null;
  const keys: string[] = [];
  if (explicit) keys.push(...timeKeys(explicit.value, explicit.precision)[mode].map((t) => `E|${t}`));
  if (mode === 'store') {
    if (placed) keys.push(`P|${placed}`);
    if (placed && !explicit) keys.push(`N|${placed}`);
  } else if (placed) keys.push(explicit ? `N|${placed}` : `P|${placed}`);
  return keys;
}

function indexKeys(c: Candidate, acrossArticles: boolean, mode: 'store' | 'look'): string[] {
  const parties = partyKeys(c, acrossArticles);
  if (!acrossArticles) return parties;
  const times = matchKeys(c, mode);
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
        else if (at[at.length - 1] !== into && !at.includes(into)) at.push(into);
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
