/** Closed vocabularies shared by the pipeline and the app. */

/** Mineral ids, as in the evaluation contract (../shared/eval/README.md). */
export const MINERAL_IDS = [
  'rare-earths',
  'lithium',
  'cobalt',
  'nickel',
  'copper',
  'graphite',
  'uranium',
  'gallium',
  'germanium',
  'antimony',
  'tungsten',
  'manganese',
  'titanium',
  'tantalum',
  'niobium',
  'vanadium',
  'tin',
  'zinc',
  'aluminium',
  'platinum-group-metals',
  'silicon',
  'magnesium',
  'chromium',
  'indium',
  'tellurium',
  'beryllium',
  'bismuth',
  'zirconium',
  'hafnium',
  'scandium',
  'helium',
  'potash',
  'phosphate',
  'silver',
  'gold',
  'iron-ore',
] as const;
export type MineralId = (typeof MINERAL_IDS)[number];

export const LANGUAGES = ['bn', 'hi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Supply-chain stages. */
export const STAGES = ['mining', 'processing', 'manufacturing'] as const;
export type Stage = (typeof STAGES)[number];

/** End uses the news links minerals to. */
export const END_USES = [
  'ev-batteries',
  'semiconductors',
  'defence',
  'renewable-energy',
  'smartphones',
  'magnets',
  'nuclear-energy',
  'aerospace',
] as const;
export type EndUse = (typeof END_USES)[number];

/** Kinds of event the pipeline reports. */
export const EVENT_TYPES = ['meeting', 'export-control', 'tariff', 'agreement', 'military-incident'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** How a meeting took place (CAMEO-like: 040 consult, 042/043 visit, 044 meet at a third place). */
export const MEETING_KINDS = ['bilateral', 'multilateral', 'summit', 'visit', 'call'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const EVENT_STATUSES = ['held', 'planned'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Precision of a resolved date expression. */
export const DATE_PRECISIONS = ['day', 'week', 'month', 'season', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Tone of an event or relation, after GDELT's cooperation/conflict classes. */
export const TONES = ['cooperation', 'conflict', 'neutral'] as const;
export type Tone = (typeof TONES)[number];

/** Kinds of recognised mention in an article's text. */
export const MENTION_KINDS = [
  'country',
  'person',
  'place',
  'organisation',
  'mineral',
  'stage',
  'end-use',
  'date',
] as const;
export type MentionKind = (typeof MENTION_KINDS)[number];
