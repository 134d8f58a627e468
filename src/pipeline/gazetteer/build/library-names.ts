/**
 * Country names from the libraries already installed: i18n-iso-countries (en, bn, hi),
 * Node's Intl.DisplayNames (default and short style) and cldr-localenames-full territories
 * (with the -alt-short and -alt-variant forms). The libraries disagree with each other and with
 * the press, so this only gathers candidates; country-variants.json adds and drops forms.
 */
import { createRequire } from 'node:module';
import type { ByLang, GeoLang } from '../types-geo';

const require = createRequire(import.meta.url);
export const LANGS: GeoLang[] = ['en', 'bn', 'hi'];

export interface LibraryNames {
  /** CLDR display name per language. */
  names: ByLang<string>;
  /** Every candidate surface form per language. */
  aliases: ByLang<string[]>;
  sources: string[];
}

interface IsoLang {
  countries: Record<string, string | string[]>;
}
interface CldrTerritories {
  main: Record<string, { localeDisplayNames: { territories: Record<string, string> } }>;
}

function cldrTerritories(lang: GeoLang): Record<string, string> {
  const file = require(`cldr-localenames-full/main/${lang}/territories.json`) as CldrTerritories;
  return file.main[lang]?.localeDisplayNames.territories ?? {};
}

/**
 * A library form as the press might write it: inverted "Korea, Republic of" forms are dropped,
 * "কঙ্গো (DRC)" keeps only the part outside the brackets, and bn/hi forms in Latin script
 * (CLDR falls back to English for a few) are dropped.
 */
export function pressForm(raw: string, lang: GeoLang): string | null {
  if (raw.includes(',') || raw.includes('_')) return null;
  const base = raw
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s+&\s+/g, ' and ')
    .trim();
  if (base === '') return null;
  if (lang !== 'en' && /[A-Za-z]/.test(base)) return null;
  return base;
}

/** Candidate names for every ISO code i18n-iso-countries knows (249 plus XK). */
export function libraryNames(): Map<string, LibraryNames> {
  const iso = Object.fromEntries(
    LANGS.map((l) => [l, (require(`i18n-iso-countries/langs/${l}.json`) as IsoLang).countries]),
  ) as ByLang<IsoLang['countries']>;
  const cldr = Object.fromEntries(LANGS.map((l) => [l, cldrTerritories(l)])) as ByLang<
    Record<string, string>
  >;
  const out = new Map<string, LibraryNames>();
  for (const code of Object.keys(iso.en).sort()) {
    const entry: LibraryNames = {
      names: { en: '', bn: '', hi: '' },
      aliases: { en: [], bn: [], hi: [] },
      sources: ['i18n-iso-countries', 'intl-displaynames', 'cldr-localenames'],
    };
    for (const lang of LANGS) {
      const raw: string[] = [];
      const isoName = iso[lang][code];
      if (isoName !== undefined) raw.push(...(Array.isArray(isoName) ? isoName : [isoName]));
      for (const style of ['long', 'short'] as const) {
        const name = new Intl.DisplayNames([lang], { type: 'region', style }).of(code);
        if (name !== undefined && name !== code) raw.push(name);
      }
      for (const suffix of ['', '-alt-short', '-alt-variant']) {
        const name = cldr[lang][code + suffix];
        if (name !== undefined) raw.push(name);
      }
      const forms = raw.map((r) => pressForm(r, lang)).filter((f): f is string => f !== null);
      entry.names[lang] = pressForm(cldr[lang][code] ?? '', lang) ?? forms[0] ?? '';
      entry.aliases[lang] = forms;
    }
    out.set(code, entry);
  }
  return out;
}
