/**
 * Mineral names in the interface languages. The list covers the minerals the news names most;
 * any other vocabulary id falls back to its English words ("iron-ore" -> "Iron ore").
 */
import type { UiLocale } from '../../state/store';

const NAMES: Record<string, Record<UiLocale, string>> = {
  'rare-earths': { en: 'Rare earths', bn: 'বিরল মৃত্তিকা', hi: 'दुर्लभ मृदा' },
  lithium: { en: 'Lithium', bn: 'লিথিয়াম', hi: 'लिथियम' },
  cobalt: { en: 'Cobalt', bn: 'কোবাল্ট', hi: 'कोबाल्ट' },
  nickel: { en: 'Nickel', bn: 'নিকেল', hi: 'निकल' },
  copper: { en: 'Copper', bn: 'তামা', hi: 'तांबा' },
  graphite: { en: 'Graphite', bn: 'গ্রাফাইট', hi: 'ग्रेफाइट' },
  uranium: { en: 'Uranium', bn: 'ইউরেনিয়াম', hi: 'यूरेनियम' },
  gallium: { en: 'Gallium', bn: 'গ্যালিয়াম', hi: 'गैलियम' },
  germanium: { en: 'Germanium', bn: 'জার্মেনিয়াম', hi: 'जर्मेनियम' },
  antimony: { en: 'Antimony', bn: 'অ্যান্টিমনি', hi: 'सुरमा' },
  tungsten: { en: 'Tungsten', bn: 'টাংস্টেন', hi: 'टंगस्टन' },
  manganese: { en: 'Manganese', bn: 'ম্যাঙ্গানিজ', hi: 'मैंगनीज़' },
  silicon: { en: 'Silicon', bn: 'সিলিকন', hi: 'सिलिकॉन' },
  aluminium: { en: 'Aluminium', bn: 'অ্যালুমিনিয়াম', hi: 'एल्युमिनियम' },
  'iron-ore': { en: 'Iron ore', bn: 'লৌহ আকরিক', hi: 'लौह अयस्क' },
  gold: { en: 'Gold', bn: 'সোনা', hi: 'सोना' },
  silver: { en: 'Silver', bn: 'রুপা', hi: 'चाँदी' },
};

export function mineralName(id: string, locale: UiLocale): string {
  const known = NAMES[id]?.[locale];
  if (known) return known;
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
