/**
 * Locale-aware formatting with Intl, shared by every view. Bengali and Hindi get their own digits
 * and month names from CLDR through the browser's Intl.
 */
import type { UiLocale } from '../state/store';

const INTL_LOCALE: Record<UiLocale, string> = { en: 'en-GB', bn: 'bn-BD', hi: 'hi-IN' };

export function intlLocale(locale: UiLocale): string {
  return INTL_LOCALE[locale];
}

const numberFormats = new Map<string, Intl.NumberFormat>();
export function formatNumber(
  value: number,
  locale: UiLocale,
  options: Intl.NumberFormatOptions = {},
): string {
  const plain = Object.keys(options).length === 0;
  // English whole numbers as en-GB writes them (1,234), without building an Intl.NumberFormat:
  // the first one built costs ~20 ms, on the path of the first map drawn.
  if (plain && locale === 'en' && Number.isSafeInteger(value)) {
    return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  }
  // Most calls pass no options; building a key from them would cost more than the formatting.
  const key = plain ? locale : `${locale}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale], options);
    numberFormats.set(key, f);
  }
  return f.format(value);
}

const DATE_OPTIONS: Record<'day' | 'month' | 'year', Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};
// Making an Intl.DateTimeFormat costs far more than using one: a long list formats thousands of dates.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Formats "YYYY", "YYYY-MM" or "YYYY-MM-DD" at its own precision, in UTC so no day shifts. */
export function formatPartialDate(date: string | null, locale: UiLocale): string {
  if (!date) return '—';
  const [y, m, d] = date.split('-').map(Number);
  const when = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  const precision = d ? 'day' : m ? 'month' : 'year';
  const key = `${locale}|${precision}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], DATE_OPTIONS[precision]);
    dateFormats.set(key, f);
  }
  return f.format(when);
}

const regionNames = new Map<UiLocale, Intl.DisplayNames>();
const countryNames = new Map<string, string>();
/** A country's name in the interface language (CLDR), looked up once; "EU" is the European Union. */
export function countryName(code: string, locale: UiLocale): string {
  const key = `${locale}|${code}`;
  const known = countryNames.get(key);
  if (known !== undefined) return known;
  const name = lookUpCountryName(code, locale);
  countryNames.set(key, name);
  return name;
}

function lookUpCountryName(code: string, locale: UiLocale): string {
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([INTL_LOCALE[locale]], { type: 'region' });
    regionNames.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** An entity's name in the interface language, falling back to English. */
export function localName(names: { en: string; bn?: string; hi?: string }, locale: UiLocale): string {
  return (locale === 'en' ? names.en : names[locale]) ?? names.en;
}
