/**
 * Bengali and Hindi city names from CLDR's time-zone exemplar cities (cldr-dates-full, ~419
 * zones). They are keyed by the English exemplar city, or by the zone id when CLDR gives no
 * English form ("Asia/Dhaka" -> "Dhaka"), folded so "Bogotá" and "Bogota" meet.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type ZoneTree = { [key: string]: ZoneTree | { exemplarCity?: string } };
interface CldrZones {
  main: Record<string, { dates: { timeZoneNames: { zone: ZoneTree } } }>;
}

export interface ExemplarNames {
  bn?: string;
  hi?: string;
}

/** Accent- and case-free key for comparing English city names. */
export function foldEn(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’'.]/g, '')
    .replace(/[\s-]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** zone id -> exemplar city for one language. */
function exemplars(lang: 'en' | 'bn' | 'hi'): Map<string, string> {
  const file = require(`cldr-dates-full/main/${lang}/timeZoneNames.json`) as CldrZones;
  const out = new Map<string, string>();
  const walk = (tree: ZoneTree, path: string): void => {
    for (const [key, value] of Object.entries(tree)) {
      const zone = path === '' ? key : `${path}/${key}`;
      if ('exemplarCity' in value && typeof value.exemplarCity === 'string')
        out.set(zone, value.exemplarCity);
      else if (typeof value === 'object' && !('long' in value) && !('short' in value))
        walk(value as ZoneTree, zone);
    }
  };
  walk(file.main[lang]?.dates.timeZoneNames.zone ?? {}, '');
  return out;
}

/** Folded English city name -> its bn/hi exemplar names. */
export function cldrCityNames(): Map<string, ExemplarNames> {
  const en = exemplars('en');
  const bn = exemplars('bn');
  const hi = exemplars('hi');
  const out = new Map<string, ExemplarNames>();
  const zones = [...new Set([...bn.keys(), ...hi.keys()])].sort();
  for (const zone of zones) {
    const english = en.get(zone) ?? zone.split('/').at(-1)!.replace(/_/g, ' ');
    const names: ExemplarNames = {};
    const b = bn.get(zone);
    const h = hi.get(zone);
    // CLDR falls back to Latin script for a few zones; those are not bn/hi names.
    if (b && !/[A-Za-z]/.test(b)) names.bn = b.normalize('NFC');
    if (h && !/[A-Za-z]/.test(h)) names.hi = h.normalize('NFC');
    if (names.bn || names.hi) out.set(foldEn(english), names);
  }
  return out;
}
