/**
 * Coverage audit of the people gazetteer against what the product promises: for every required
 * country (G20, the 60 most populous, ASEAN, Central Asia, the GCC) a holder of each core office
 * (head of state, head of government, foreign, trade, finance, defence) in 2024, 2025 and 2026,
 * and the chiefs of the EU institutions and the big international organisations. It reads the
 * curated sources, classifies each role title into an office, and prints the gaps.
 * Run with `npx tsx src/pipeline/gazetteer/build/audit-people.ts` (`--all` also lists holders).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourcePerson } from './people-derive';

export const YEARS = [2024, 2025, 2026] as const;
export type Office = 'head of state' | 'head of government' | 'foreign' | 'trade' | 'finance' | 'defence';
export const OFFICES: Office[] = [
  'head of state',
  'head of government',
  'foreign',
  'trade',
  'finance',
  'defence',
];

const G20 = 'AR AU BR CA CN FR DE IN ID IT JP KR MX RU SA ZA TR GB US';
/** The 60 most populous countries and territories (UN World Population Prospects 2024), and a few just below. */
const POPULOUS =
  'IN CN US ID PK NG BR BD RU ET MX JP EG PH CD VN IR TR DE TH TZ GB FR ZA IT KE MM CO KR SD UG ES ' +
  'DZ IQ AR AF YE CA AO UA MA PL UZ MY MZ GH PE SA MG CI NP CM VE NE AU KP SY ML BF TW LK MW ZM';
const ASEAN = 'BN KH ID LA MY MM PH SG TH VN TL';
const CENTRAL_ASIA = 'KZ KG TJ TM UZ';
const GCC = 'BH KW OM QA SA AE';

export const REQUIRED: string[] = [
  ...new Set([G20, POPULOUS, ASEAN, CENTRAL_ASIA, GCC].flatMap((s) => s.split(' '))),
].sort();

/** Where the head of state also heads the government, no separate holder is required. */
const HEAD_OF_STATE_GOVERNS = new Set(
  (
    'US BR MX ID PH AR NG KE CO ZA TR GH AO PE VE TZ UG KR MW ZM TM OM BN CY CL SY ' +
    // Military and transitional governments where the leader also heads the government.
    'SD'
  ).split(' '),
);
/** Commonwealth realms: the head of state is the British monarch. */
const REALM_OF: Record<string, string> = { CA: 'GB', AU: 'GB', NZ: 'GB', PG: 'GB', JM: 'GB' };
/** Where the economy ministry is also the finance ministry (Argentina's Ministerio de Economía). */
const ECONOMY_HOLDS_FINANCE = new Set(['AR']);
/** Where the title "President" is the head of government (the supreme leader is the head of state). */
const PRESIDENT_GOVERNS = new Set(['IR']);

/**
 * Organisations (and the EU's institutions) whose chief must be covered: holder code, label, and
 * a pattern for the chief's title.
 */
export const ORGANISATIONS: [string, string, RegExp][] = [
  ['EU', 'European Commission president', /^President of the European Commission$/],
  ['EU', 'European Council president', /^President of the European Council$/],
  ['EU', 'High Representative', /^High Representative/],
  ['EU', 'Trade Commissioner', /^Commissioner for Trade/],
  ['EU', 'European Parliament president', /^President of the European Parliament$/],
  ['EU', 'ECB president', /^President of the European Central Bank$/],
  ['UN', 'UN Secretary-General', /^Secretary-General of the United Nations$/],
  ['IMF', 'IMF Managing Director', /^Managing Director of the IMF$/],
  ['WB', 'World Bank President', /^President of the World Bank$/],
  ['WTO', 'WTO Director-General', /^Director-General of the WTO$/],
  ['IAEA', 'IAEA Director General', /^Director General of the IAEA$/],
  ['NATO', 'NATO Secretary General', /^Secretary General of NATO$/],
  ['OPEC', 'OPEC Secretary General', /^Secretary General of OPEC$/],
  ['AU', 'African Union Commission chair', /^Chairperson of the African Union Commission$/],
  ['ASEAN', 'ASEAN Secretary-General', /^Secretary-General of ASEAN$/],
];

const NOT_THE_MINISTER =
  /\b(Deputy|Vice|Under|Assistant|Principal|Spokesperson|Director|Counselor|Council|Committee|Chief of|Staff|Secretary, Ministry|Minister of State|Permanent|Ambassador|Chairman of|Chief Executive|Founder)\b/;

const HEAD_OF_STATE =
  /^(Acting |Interim |Transitional )?(President|King|Queen|Emperor|Emir|Amir|Sultan|Yang di-Pertuan Agong|Supreme Leader|President of the Swiss Confederation|Chairman of the (State Administration|Transitional Sovereignty|Presidential Leadership|State Security and Peace) Council)$/;
const HEAD_OF_GOVERNMENT =
  /^(Acting |Interim |Caretaker )?(Prime Minister|Premier|Chancellor|Taoiseach|Chief Adviser|Chairman of the Cabinet of Ministers)\b/;

/** The offices one title (or one part of a combined title, "Prime Minister and Minister of Foreign Affairs") stands for. */
export function officesOf(title: string, holder: string): Office[] {
  const out = new Set<Office>();
  for (const part of title.split(/ and (?=(?:Minister|Prime Minister|Secretary)\b)/)) {
    if (HEAD_OF_STATE.test(part)) {
      const governs = part.endsWith('President') && PRESIDENT_GOVERNS.has(holder);
      out.add(governs ? 'head of government' : 'head of state');
      if (HEAD_OF_STATE_GOVERNS.has(holder)) out.add('head of government');
    }
    if (HEAD_OF_GOVERNMENT.test(part) && !/Exchequer/.test(part)) out.add('head of government');
    if (NOT_THE_MINISTER.test(part)) continue;
    if (
      /Foreign Affairs|Foreign Minister|External Affairs|External Relations|International Relations|Europe and Foreign/.test(
        part,
      ) ||
      part === 'Secretary of State' ||
      (part === 'Foreign Secretary' && holder === 'GB')
    )
      out.add('foreign');
    if (/Trade|Commerce|Business|Econom|Industry|Investment/.test(part)) out.add('trade');
    if (/Financ|Treasur|Exchequer/.test(part) || (ECONOMY_HOLDS_FINANCE.has(holder) && /Econom/.test(part)))
      out.add('finance');
    if (/Defen[cs]e|Armed Forces|^Secretary of War$/.test(part)) out.add('defence');
  }
  return [...out];
}

/** Whether a role held from `from` to `to` (null = open) overlaps the year. */
export function heldIn(from: string | null, to: string | null, year: number): boolean {
  if (from === null) return false; // an undated role proves nothing about a year
  return from.slice(0, 4) <= String(year) && (to === null || to.slice(0, 4) >= String(year));
}

export interface Gap {
  /** Country code or organisation label. */
  who: string;
  office: string;
  year: number;
}

/** Every required office and year with no holder in the sources. */
export function auditPeople(people: SourcePerson[]): { gaps: Gap[]; holders: Map<string, string[]> } {
  const holders = new Map<string, string[]>();
  const note = (key: string, name: string) => {
    const list = holders.get(key) ?? [];
    if (!list.includes(name)) list.push(name);
    holders.set(key, list);
  };
  for (const p of people)
    for (const [title, from, to, holder = p.c] of p.r ?? [])
      for (const year of YEARS) {
        if (!heldIn(from, to, year)) continue;
        for (const office of officesOf(title, holder)) note(`${holder}|${office}|${year}`, p.en);
        for (const [org, label, re] of ORGANISATIONS)
          if (org === holder && re.test(title)) note(`${label}|chief|${year}`, p.en);
      }
  const gaps: Gap[] = [];
  for (const c of REQUIRED)
    for (const office of OFFICES)
      for (const year of YEARS) {
        const key =
          office === 'head of state' && REALM_OF[c]
            ? `${REALM_OF[c]}|${office}|${year}`
            : `${c}|${office}|${year}`;
        if (!holders.has(key)) gaps.push({ who: c, office, year });
      }
  for (const [, label] of ORGANISATIONS)
    for (const year of YEARS)
      if (!holders.has(`${label}|chief|${year}`)) gaps.push({ who: label, office: 'chief', year });
  return { gaps, holders };
}

export function readSourcePeople(dir: string): SourcePerson[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as SourcePerson[]);
}

function main(): void {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'people');
  const { gaps, holders } = auditPeople(readSourcePeople(dir));
  const byWho = new Map<string, string[]>();
  for (const g of gaps) {
    const list = byWho.get(g.who) ?? [];
    const last = list.at(-1);
    // Print "foreign 2024-2026" rather than three lines.
    if (last?.startsWith(`${g.office} `)) list[list.length - 1] = `${last.replace(/-\d{4}$/, '')}-${g.year}`;
    else list.push(`${g.office} ${g.year}`);
    byWho.set(g.who, list);
  }
  for (const [who, list] of byWho) console.log(`${who.padEnd(32)} ${list.join('; ')}`);
  if (process.argv.includes('--all'))
    for (const [k, names] of [...holders].sort()) console.log(`${k.padEnd(40)} ${names.join(', ')}`);
  const required = REQUIRED.length * OFFICES.length * YEARS.length + ORGANISATIONS.length * YEARS.length;
  console.log(
    `\n${gaps.length} gaps of ${required} required office-years (${REQUIRED.length} countries x ${OFFICES.length} offices x ${YEARS.length} years, ${ORGANISATIONS.length} organisation chiefs x ${YEARS.length} years)`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
