/**
 * The supply-chain Sankey's input and model types. The model holds every number and string the
 * SVG shows, so an export can rebuild the chart from it without the store or the page.
 */
import type { EventType } from '../../../shared/vocab';

/** An event on a mineral's chain (export control, tariff, agreement, or a meeting naming it). */
export interface ChainEvent {
  id: string;
  type: EventType;
  date: string | null;
  /** ISO codes of the parties; the marker sits on their links when they produce the mineral. */
  countries: string[];
  /** Stages the event names (pipeline vocabulary); shown in the tooltip. */
  stages: string[];
  /** One-line text for the mark's title. */
  label: string;
}

/** What the (filtered) news says about one mineral. */
export interface SankeyNews {
  /** Articles naming the mineral. */
  articles: number;
  /** Articles naming both the mineral and the country, by ISO code. */
  countryArticles: Record<string, number>;
  events: ChainEvent[];
}

export const NO_NEWS: SankeyNews = { articles: 0, countryArticles: {}, events: [] };

/** Every text the chart writes, so the view can pass the interface language. */
export interface SankeyLabels {
  country: (code: string) => string;
  other: string;
  stage: (stage: 'mine' | 'refinery') => string;
  endUse: (name: string) => string;
  mineral: (id: string, name: string) => string;
  producers: string;
  endUses: string;
  unallocated: string;
  qualitative: string;
  leading: string;
  noEndUses: string;
  estimate: string;
  source: string;
  inTheNews: string;
  eventType: (type: EventType) => string;
  number: (value: number) => string;
  percent: (value: number) => string;
}

export type SankeyNodeKind = 'country' | 'other' | 'stage' | 'end-use' | 'unallocated';

export interface SankeyNodeModel {
  /** "country:CN", "other", "stage", "use:batteries", "unallocated". */
  id: string;
  kind: SankeyNodeKind;
  /** ISO code for country nodes; the reference's end-use name for end-use nodes. */
  key: string;
  label: string;
  /** False when the label would overlap a neighbour or the node is too thin; the tooltip keeps it. */
  showLabel: boolean;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** In the chart's unit. */
  value: number;
  valueText: string;
  /** Percent of the stage total. */
  share: number;
  /** Articles naming the mineral and this country (0 when none). */
  news: number;
  /** `news` in the interface language's digits. */
  newsText: string;
  /** ISO codes grouped into "Other" (and the reference's "other" row as "other"). */
  members: string[];
  /** Full tooltip: label, exact figure, unit, year (estimate), source. */
  tooltip: string;
}

export interface SankeyLinkModel {
  id: string;
  source: string;
  target: string;
  value: number;
  valueText: string;
  width: number;
  /** Full tooltip: from -> to, exact figure, unit, year (estimate). */
  tooltip: string;
  /** Centre-line path (stroke it with `width`), floats rounded to 0.1 px. */
  d: string;
}

/** An end use the source names without a share: an unweighted fan from the stage node. */
export interface QualitativeUse {
  key: string;
  label: string;
  leading: boolean;
  x: number;
  y: number;
  d: string;
}

export interface MarkerModel {
  eventId: string;
  type: EventType;
  /** The node or link it sits on. */
  on: string;
  x: number;
  y: number;
  r: number;
  title: string;
}

export interface SankeyModel {
  chart: 'sankey';
  mineral: string;
  width: number;
  height: number;
  fontSize: number;
  title: string;
  /** "Unit: t Li content · 2025 (estimate)". */
  subtitle: string;
  unit: string;
  year: string;
  estimate: boolean;
  sourceKey: string;
  sourceLine: string;
  /** Column captions: producers, the stage, end uses (with their scope). */
  captions: { text: string; x: number; anchor: 'start' | 'middle' | 'end' }[];
  captionY: number;
  endUseMode: 'shares' | 'qualitative' | 'none';
  endUseScope: string | null;
  /** Sum of the country rows, the stage node's value. */
  total: number;
  /** The reference's world total. */
  world: number;
  nodes: SankeyNodeModel[];
  links: SankeyLinkModel[];
  qualitative: QualitativeUse[];
  markers: MarkerModel[];
  /** Legend line: event types present and the news dot. */
  legend: { kind: 'event' | 'news'; type?: EventType; text: string; x: number }[];
  legendY: number;
  /** Lines under the legend: the end-use scope, then the source line. */
  footer: { text: string; y: number }[];
}
