/**
 * The data contract between the build-time pipeline and the browser app.
 * The pipeline validates with `datasetSchema` before writing; the app validates when loading.
 * The fields the evaluation reads are marked (contract: ../shared/eval/README.md).
 */
import { z } from 'zod';
import {
  DATE_PRECISIONS,
  END_USES,
  EVENT_STATUSES,
  EVENT_TYPES,
  LANGUAGES,
  MEETING_KINDS,
  MENTION_KINDS,
  MINERAL_IDS,
  STAGES,
  TONES,
} from './vocab';

/** ISO 3166-1 alpha-2 code, upper case, or "EU". */
const countryCode = z.string().regex(/^[A-Z]{2}$/);
/** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Names of an entity in the interface languages; English always present. */
export const namesSchema = z.object({
  en: z.string().min(1),
  bn: z.string().optional(),
  hi: z.string().optional(),
});

/** A half-open character range [start, end) in an article's `text`. */
export const spanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

/** Where a fact comes from: the sentence in its original language, and how sure the pipeline is. */
export const evidenceSchema = z.object({
  /** Article id. Read by the evaluation. */
  articleId: z.string(),
  /** The sentence, verbatim from the article's text. */
  sentence: z.string(),
  /** The sentence's range in the article's `text`. */
  span: spanSchema,
  /** 0..1: how sure the pipeline is of the fact this evidence supports. */
  confidence: z.number().min(0).max(1),
});

/** A recognised mention in an article's text. */
export const mentionSchema = z.object({
  kind: z.enum(MENTION_KINDS),
  /** Entity id: ISO code, person/place/organisation id, mineral id, stage, end use, or ISO date for dates. */
  id: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

/** A block of the article's text and what the cleaner took it for. */
export const blockSchema = spanSchema.extend({
  kind: z.enum(['title', 'dateline', 'body', 'furniture']),
});

/**
 * An article's full text and what was found in it. Kept out of the dataset file, in chunks of
 * `TEXT_CHUNK_SIZE` articles, so the dashboard loads a large corpus's facts without its texts and
 * fetches a text only when it is read.
 */
export const articleTextSchema = z.object({
  /** The article's id. */
  id: z.string(),
  /** The whole file's text as decoded (line endings normalised to \n); all spans index into it. */
  text: z.string(),
  /** The text cut into title, dateline, body and page furniture. */
  blocks: z.array(blockSchema),
  /** Every recognised mention, sorted by start. */
  mentions: z.array(mentionSchema),
});

/** Articles per text chunk: small enough to fetch on opening one article, few enough files. */
export const TEXT_CHUNK_SIZE = 50;

/** Where chunk n of a dataset's texts is: "data/dataset.json" -> "data/dataset.texts/0.json". */
export function textChunkPath(datasetPath: string, chunk: number): string {
  return `${datasetPath.replace(/\.json$/i, '')}.texts/${chunk}.json`;
}

/** One file of article texts, `<dataset>.texts/<chunk>.json`. */
export const textChunkSchema = z.object({
  schemaVersion: z.literal(2),
  /** This chunk's number; article i of the dataset is in chunk floor(i / TEXT_CHUNK_SIZE). */
  chunk: z.number().int().min(0),
  articles: z.array(articleTextSchema),
});

export const articleSchema = z.object({
  /** Stable id derived from the file name. Read by the evaluation. */
  id: z.string(),
  /** File name within the input folder. Read by the evaluation. */
  file: z.string(),
  /** Detected language. Read by the evaluation. */
  language: z.enum(LANGUAGES),
  /** The article's title, verbatim. */
  title: z.string(),
  /** Publication date "YYYY-MM-DD", or null when the page shows none. Read by the evaluation. */
  published: isoDay.nullable(),
  /** Where `published` came from: the article's own byline/dateline, the site's header, or nowhere. */
  publishedFrom: z.enum(['article', 'header', 'none']),
  /** Outlet or agency named on the page, when known. */
  outlet: z.string().nullable(),
  /** Which text chunk (`<dataset>.texts/<n>.json`) holds the article's text, blocks and mentions. */
  textChunk: z.number().int().min(0),
  /** ISO codes of countries the body refers to. Read by the evaluation. */
  countries: z.array(countryCode),
  /** Person ids. Read by the evaluation. */
  people: z.array(z.string()),
  /** Mineral ids. Read by the evaluation. */
  minerals: z.array(z.enum(MINERAL_IDS)),
  /** Place ids named in the body. */
  places: z.array(z.string()),
  /** Organisation ids named in the body. */
  organisations: z.array(z.string()),
  stages: z.array(z.enum(STAGES)),
  endUses: z.array(z.enum(END_USES)),
  /** Ids of events this article reports. */
  events: z.array(z.string()),
});

export const roleSchema = z.object({
  /** English title, e.g. "Minister of External Affairs". */
  title: z.string(),
  /** The country the role serves; null for a role at an international organisation. */
  country: countryCode.nullable(),
  /** The organisation's short name (NATO, IMF, WTO…) when the role is at one, else null. */
  organisation: z.string().nullable(),
  /** "YYYY-MM-DD" or partial; null when unknown or ongoing. */
  from: partialDate.nullable(),
  to: partialDate.nullable(),
});

export const personSchema = z.object({
  id: z.string(),
  /** Usual English name, e.g. "S. Jaishankar". Read by the evaluation. */
  name: z.string(),
  names: namesSchema,
  /** Country the person represents, when known. */
  country: countryCode.nullable(),
  roles: z.array(roleSchema),
  /** False when the person was found by a title rule and named by transliteration. */
  verified: z.boolean(),
  /** Article ids that name the person. */
  articles: z.array(z.string()),
});

export const placeSchema = z.object({
  id: z.string(),
  name: z.string(),
  names: namesSchema,
  country: countryCode,
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  kind: z.enum(['city', 'venue', 'country']),
});

export const organisationSchema = z.object({
  id: z.string(),
  name: z.string(),
  names: namesSchema,
  /** Member countries, where the gazetteer lists them. */
  members: z.array(countryCode),
});

/** Where an event happened; `approximate` when only the country is known and the capital is used. */
export const eventPlaceSchema = z.object({
  /** Place id from `places`, when the place is in the gazetteer. */
  id: z.string().nullable(),
  name: z.string(),
  country: countryCode,
  lat: z.number(),
  lon: z.number(),
  approximate: z.boolean(),
});

export const eventSchema = z.object({
  id: z.string(),
  /** Read by the evaluation ("meeting" for every meeting, held or planned). */
  type: z.enum(EVENT_TYPES),
  /** For meetings: how it took place. Null for other events. */
  kind: z.enum(MEETING_KINDS).nullable(),
  status: z.enum(EVENT_STATUSES),
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD", or null. Read by the evaluation. */
  date: partialDate.nullable(),
  datePrecision: z.enum(DATE_PRECISIONS).nullable(),
  /** Read by the evaluation. Null for calls and when no place is known. */
  place: eventPlaceSchema.nullable(),
  /** ISO codes of the parties represented. Read by the evaluation. */
  countries: z.array(countryCode),
  /** Person ids of the participants. */
  people: z.array(z.string()),
  /** For visits: the visiting country and the host. */
  visitor: countryCode.nullable(),
  host: countryCode.nullable(),
  organisations: z.array(z.string()),
  minerals: z.array(z.enum(MINERAL_IDS)),
  stages: z.array(z.enum(STAGES)),
  tone: z.enum(TONES),
  /** English summary built from the extracted fields (not a translation). */
  summary: z.string(),
  /** Every article that reports the event, with its sentence. Read by the evaluation. */
  sources: z.array(evidenceSchema).min(1),
  /** 0..1, the highest of the sources'. */
  confidence: z.number().min(0).max(1),
});

/** A pair of countries and what the events say about them. */
export const relationSchema = z.object({
  /** The two ISO codes, a < b. */
  a: countryCode,
  b: countryCode,
  /** Distinct meetings both took part in. */
  meetings: z.number().int().min(0),
  /** Ids of the events linking them. */
  events: z.array(z.string()),
  cooperation: z.number().int().min(0),
  conflict: z.number().int().min(0),
  first: partialDate.nullable(),
  last: partialDate.nullable(),
});

/** A problem met while building: a file that could not be read, a fact that was dropped. */
export const reportSchema = z.object({
  file: z.string(),
  level: z.enum(['error', 'warning']),
  reason: z.string(),
});

export const datasetSchema = z.object({
  /** 2 since article texts moved to their own chunk files. */
  schemaVersion: z.literal(2),
  /** Name of the input folder (not a path), for the footer. */
  corpus: z.string(),
  articles: z.array(articleSchema),
  people: z.array(personSchema),
  places: z.array(placeSchema),
  organisations: z.array(organisationSchema),
  events: z.array(eventSchema),
  relations: z.array(relationSchema),
  reports: z.array(reportSchema),
});

export type Names = z.infer<typeof namesSchema>;
export type Span = z.infer<typeof spanSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type Block = z.infer<typeof blockSchema>;
export type Article = z.infer<typeof articleSchema>;
export type ArticleText = z.infer<typeof articleTextSchema>;
export type TextChunk = z.infer<typeof textChunkSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Person = z.infer<typeof personSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type EventPlace = z.infer<typeof eventPlaceSchema>;
export type DiploEvent = z.infer<typeof eventSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Report = z.infer<typeof reportSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
