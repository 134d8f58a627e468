/**
 * Shapes of the entity gazetteers in src/pipeline/gazetteer/*.json: people, organisations,
 * minerals, supply-chain terms and personal titles. The pipeline matches article text
 * against these aliases; ids are what the dataset stores.
 */
import type { EndUse, Language, MineralId, Stage } from '../../shared/vocab';

/** Strings per language, as the press writes them. */
export interface LangStrings {
  /** English spellings. */
  en: string[];
  /** Bengali spellings. */
  bn: string[];
  /** Hindi (Devanagari) spellings. */
  hi: string[];
}

/** One preferred name per language. */
export interface LangName {
  en: string;
  bn: string;
  hi: string;
}

/** An office a person held; dates are ISO "YYYY-MM-DD" or "YYYY", null when open or unknown. */
export interface PersonRole {
  /** English title of the office, e.g. "Minister of External Affairs". */
  title: string;
  /** ISO 3166-1 alpha-2 code of the country (or "EU", "UN"...) the office belongs to. */
  country: string;
  /** First day in office, or null when unknown. */
  from: string | null;
  /** Last day in office, or null while in office or unknown. */
  to: string | null;
}

export interface PersonEntry {
  /** Kebab-case ASCII of the English name, e.g. "s-jaishankar". */
  id: string;
  /** Usual English name, e.g. "S. Jaishankar". */
  name: string;
  /** Preferred name per language. */
  names: LangName;
  /** Every spelling that names this person, full names and short names. */
  aliases: LangStrings;
  /** The subset of aliases that is only a family or short name. */
  surnameOnly: LangStrings;
  /** True when the short name is a common word or name: accept it only next to the full name. */
  ambiguousSurname?: boolean;
  /** ISO code of the person's country. */
  country: string;
  /** Offices held, newest last. */
  roles: PersonRole[];
  /** Source file region, e.g. "south-asia". */
  region: string;
}

export interface OrganisationEntry {
  /** Kebab-case id, e.g. "g7". */
  id: string;
  /** Usual English name. */
  name: string;
  /** Preferred name per language. */
  names: LangName;
  /** Every spelling, including abbreviations and digit variants (জি৭, जी७). */
  aliases: LangStrings;
  /** ISO codes of member countries ("EU" for the Union); empty when open-ended. */
  members: string[];
}

export interface MineralEntry {
  /** A mineral id from src/shared/vocab.ts. */
  id: MineralId;
  /** Words that name this mineral. */
  aliases: LangStrings;
  /** Aliases that are also common words: accept them only near mining or mineral words. */
  contextual?: Partial<LangStrings>;
}

export interface TermEntry {
  /** Whether this is a supply-chain stage or an end use. */
  kind: 'stage' | 'end-use';
  /** A STAGES or END_USES id from src/shared/vocab.ts. */
  id: Stage | EndUse;
  /** Words that name this stage or end use. */
  aliases: LangStrings;
}

export interface TitleEntry {
  /** Language of the title text. */
  lang: Language;
  /** The title as written, e.g. "বিদেশমন্ত্রী". */
  text: string;
  /** English role it denotes, e.g. "Foreign Minister". */
  role: string;
  /** True when the title usually comes before the name (বিদেশমন্ত্রী এস জয়শঙ্কর). */
  before: boolean;
  /** An honorific that is part of the name after another title (সচিব শেখ ওয়াকাস আকরাম). */
  honorific?: boolean;
}

/** Which words a name found after a title may not contain, or what they mean around a name. */
export type NameWordKind = 'stop' | 'conjunction' | 'title-ending' | 'particle' | 'saint' | 'place';

/** One list of name-boundary words (gazetteer/name-words.json). */
export interface NameWordList {
  /**
   * stop: common words that end a name (একটি, বৈঠক, शांति, The); conjunction: joins two titles
   * (তথা, और, and); title-ending: a word ending so is a title (অর্থনীতিমন্ত্রী, सलाहकार);
   * particle: part of a name that does not count as a word (bin, আল, de); saint: a family name
   * after it is a place (সেন্ট পিটার্স); place: a family name before it is a place (Peters Basilica).
   */
  kind: NameWordKind;
  lang: Language;
  words: string[];
}

/** A frequent part of South Asian names and the English spelling the press gives it (gazetteer/name-parts.json). */
export interface NamePart {
  /** English spelling, e.g. "Hossain". */
  en: string;
  /** Bengali spellings that take it. */
  bn?: string[];
  /** Hindi spellings that take it. */
  hi?: string[];
}
