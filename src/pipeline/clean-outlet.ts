/**
 * The outlet or agency a byline names: "By ANI" -> "ANI", "(Reuters)" after a dateline ->
 * "Reuters". A person's byline ("By Jane Doe") or a desk ("Staff Reporter") names no outlet.
 */
import type { Block } from '../shared/schema';

/** Agencies by the names they go by in en/bn/hi bylines; the value is the English name. */
const AGENCIES: Record<string, string> = {
  ani: 'ANI',
  pti: 'PTI',
  ians: 'IANS',
  uni: 'UNI',
  reuters: 'Reuters',
  afp: 'AFP',
  ap: 'AP',
  'associated press': 'AP',
  bloomberg: 'Bloomberg',
  xinhua: 'Xinhua',
  tass: 'TASS',
  'ria novosti': 'RIA Novosti',
  anadolu: 'Anadolu',
  'anadolu agency': 'Anadolu',
  bss: 'BSS',
  unb: 'UNB',
  yonhap: 'Yonhap',
  kyodo: 'Kyodo',
  bernama: 'Bernama',
  antara: 'Antara',
  রয়টার্স: 'Reuters',
  এএফপি: 'AFP',
  এপি: 'AP',
  পিটিআই: 'PTI',
  এএনআই: 'ANI',
  বাসস: 'BSS',
  ইউএনবি: 'UNB',
  সিনহুয়া: 'Xinhua',
  আনাদোলু: 'Anadolu',
  रॉयटर्स: 'Reuters',
  रायटर्स: 'Reuters',
  एएफपी: 'AFP',
  एपी: 'AP',
  पीटीआई: 'PTI',
  एएनआई: 'ANI',
  आईएएनएस: 'IANS',
  शिन्हुआ: 'Xinhua',
};

const BYLINE =
  /^(?:by|written by|reported by|source|agency|সূত্র|সূত্র|স্রোত|द्वारा|स्रोत|एजेंसी)\s*[:：]?\s*([^|•·,]+)/iu;

function agency(name: string): string | null {
  // NFC: Bengali য় arrives both as one code point and as য + nukta.
  const key = name
    .normalize('NFC')
    .trim()
    .replace(/^[([/—–-]+|[)\]/.:—–-]+$/gu, '')
    .trim()
    .toLowerCase();
  return AGENCIES[key] ?? null;
}

/** The outlet a byline line names, or null. */
function fromByline(line: string): string | null {
  const byline = BYLINE.exec(line);
  if (byline) {
    const name = byline[1]!.trim();
    // An agency, or an agency-like acronym ("By UNI"); a person's name is not an outlet.
    return agency(name) ?? (/^[A-Z]{2,6}$/u.test(name) ? name : null);
  }
  const first = line.split(/[|•·,]/u)[0]!; // "PTI | New Delhi"
  return first.length <= 20 ? agency(first) : null; // "(ANI)", "/রয়টার্স/", "— PTI"
}

/** The agency a byline or a wire dateline names ("By ANI", "WASHINGTON (Reuters) -"), else null. */
export function outletOf(text: string, blocks: Block[]): string | null {
  let bodySeen = 0;
  for (const b of blocks) {
    const line = text.slice(b.start, b.end).trim();
    if (b.kind === 'dateline' || b.kind === 'furniture') {
      const found = fromByline(line);
      if (found) return found;
    } else if (b.kind === 'body' && bodySeen++ < 2) {
      const wire = /^[^()\n]{0,60}\(([^()\n]{2,20})\)\s*[-—–:]/u.exec(line);
      const found = wire ? agency(wire[1]!) : null;
      if (found) return found;
    }
  }
  return null;
}
