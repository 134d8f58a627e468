/**
 * The news on the chain: each event becomes a marker on the link from the country it involves
 * to the stage (China's export controls on rare earths sit on China -> rare earths). An event
 * naming no producer of the mineral sits on the stage node itself.
 */
import { EVENT_TYPES } from '../../../shared/vocab';
import { round } from './sankey-geometry';
import { textWidth } from './sankey-labels';
import type {
  ChainEvent,
  MarkerModel,
  SankeyLabels,
  SankeyLinkModel,
  SankeyModel,
  SankeyNodeModel,
} from './sankey-types';
import { codeOrder } from '../../../shared/order';

/** More markers than this on one link or node are left to the table. */
const MAX_PER_TARGET = 10;

function byDateThenId(a: ChainEvent, b: ChainEvent): number {
  return codeOrder(a.date ?? '', b.date ?? '') || codeOrder(a.id, b.id);
}

export function placeMarkers(
  events: readonly ChainEvent[],
  nodes: readonly SankeyNodeModel[],
  links: readonly SankeyLinkModel[],
  fs: number,
  L: SankeyLabels,
): MarkerModel[] {
  const r = round(fs * 0.42);
  const step = r * 2 + 2;
  const stage = nodes.find((n) => n.kind === 'stage');
  if (!stage) return [];
  const nodeOf = (code: string) =>
    nodes.find((n) => n.kind === 'country' && n.key === code) ??
    nodes.find((n) => n.kind === 'other' && n.members.includes(code));
  // Group events by what they sit on, then spread each group so marks do not cover each other.
  const targets = new Map<string, ChainEvent[]>();
  for (const e of [...events].sort(byDateThenId)) {
    const on = new Set<string>();
    for (const c of e.countries) {
      const n = nodeOf(c);
      if (n) on.add(`${n.id}->stage`);
    }
    if (on.size === 0) on.add('stage');
    for (const t of on) targets.set(t, [...(targets.get(t) ?? []), e]);
  }
  const markers: MarkerModel[] = [];
  for (const [on, list] of [...targets].sort((a, b) => codeOrder(a[0], b[0]))) {
    const shown = list.slice(0, MAX_PER_TARGET);
    const link = links.find((l) => l.id === on);
    shown.forEach((e, i) => {
      let x: number;
      let y: number;
      if (link) {
        const source = nodes.find((n) => n.id === link.source)!;
        const mid = (source.x1 + stage.x0) / 2;
        x = mid + (i - (shown.length - 1) / 2) * step;
        // The link's centre line starts at the source's middle slot and ends at the stage;
        // read its y at the middle from the path's end points.
        const nums = link.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
        y = (nums[1]! + nums[nums.length - 1]!) / 2;
      } else {
        x = (stage.x0 + stage.x1) / 2;
        y = stage.y0 + r + 2 + i * step;
        if (y > stage.y1 + r) y = stage.y0 - r - 2 - (i % 4) * step;
      }
      const date = e.date ? `${e.date} · ` : '';
      markers.push({
        eventId: e.id,
        type: e.type,
        on,
        x: round(x),
        y: round(y),
        r,
        title: `${date}${L.eventType(e.type)}: ${e.label}`,
      });
    });
  }
  return markers;
}

/** The legend line: one swatch per event type present, then the "in the news" dot. */
export function placeLegend(
  markers: readonly MarkerModel[],
  articles: number,
  fs: number,
  L: SankeyLabels,
): SankeyModel['legend'] {
  const types = EVENT_TYPES.filter((t) => markers.some((m) => m.type === t));
  const items: SankeyModel['legend'] = [];
  let x = fs * 0.5;
  for (const type of types) {
    const text = L.eventType(type);
    items.push({ kind: 'event', type, text, x: round(x) });
    x += fs * 1.2 + textWidth(text, fs * 0.85) + fs;
  }
  if (articles > 0) {
    items.push({ kind: 'news', text: `${L.inTheNews}: ${L.number(articles)}`, x: round(x) });
  }
  return items;
}
