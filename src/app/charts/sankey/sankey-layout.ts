/**
 * layoutSankey(mineralRef, news, {width, height}) -> model: producing countries -> the reference's
 * stage -> end uses, for ONE mineral (one unit per chart; several minerals are several charts).
 * Pure and deterministic: d3-sankey mutates its input, so it gets fresh copies, and every
 * coordinate is rounded to 0.1 px.
 */
import { sankey } from 'd3-sankey';
import type { MineralRef } from '../../../shared/reference/reference-schema';
import { isEstimate } from '../../../shared/reference/reference-schema';
import { sourceOf } from '../../../shared/reference/reference';
import { fontSizeFor, linkPath, round } from './sankey-geometry';
import { groupProducers } from './sankey-groups';
import type { GroupOptions } from './sankey-groups';
import { ENGLISH_SANKEY_LABELS, shorten, textWidth } from './sankey-labels';
import { buildEndUses, placeQualitative } from './sankey-end-uses';
import { placeLegend, placeMarkers } from './sankey-markers';
import type { SankeyLabels, SankeyLinkModel, SankeyModel, SankeyNews, SankeyNodeModel } from './sankey-types';

export interface SankeyOptions extends GroupOptions {
  width: number;
  height: number;
  labels?: SankeyLabels;
}

interface NodeDatum {
  id: string;
}
interface LinkDatum {
  source: string;
  target: string;
  value: number;
}

/** Hides labels that would overlap the previous shown one in the same column (fontSize apart). */
function dropOverlaps(nodes: SankeyNodeModel[], fontSize: number): void {
  let last = -Infinity;
  for (const n of [...nodes].sort((a, b) => a.y0 - b.y0)) {
    const mid = (n.y0 + n.y1) / 2;
    n.showLabel = mid - last >= fontSize * 1.1;
    if (n.showLabel) last = mid;
  }
}

export function layoutSankey(ref: MineralRef, news: SankeyNews, options: SankeyOptions): SankeyModel {
  const { width, height } = options;
  const L = options.labels ?? ENGLISH_SANKEY_LABELS;
  const fs = fontSizeFor(width);
  const groups = groupProducers(ref.production, options);
  const total = groups.total;
  const share = (v: number) => (total > 0 ? (v / total) * 100 : 0);
  const uses = buildEndUses(ref, total, L);

  // Margins wide enough for the longest label, capped so the flows keep most of the width.
  const countryLabel = (code: string) => L.country(code);
  const newsSuffix = (n: number) => (n > 0 ? ` ●${L.number(n)}` : '');
  const leftTexts = groups.named.map(
    (r) => countryLabel(r.code) + newsSuffix(news.countryArticles[r.code] ?? 0),
  );
  if (groups.other) leftTexts.push(L.other);
  const left = Math.min(width * 0.26, Math.max(fs * 4, ...leftTexts.map((t) => textWidth(t, fs) + fs)));
  const rightTexts = uses.mode === 'shares' ? uses.links.map((u) => `${u.label} ${L.percent(u.share)}`) : [];
  if (uses.mode === 'qualitative') rightTexts.push(...uses.qualitative.map((q) => q.label));
  const right = Math.min(
    width * 0.3,
    Math.max(fs * 6, ...rightTexts.map((t) => textWidth(t, fs) + fs * 1.5)),
  );
  const top = fs * 4.6;
  const footerLines = ref.end_uses ? 2 : 1;
  const bottom = height - fs * (2.2 + 1.3 * footerLines);
  const nodeWidth = Math.max(8, Math.round(fs * 0.9));
  const endX = width - right;
  const stageX = uses.mode === 'shares' ? endX - nodeWidth : round(left + (endX - left) / 2 - nodeWidth / 2);

  const nodes: NodeDatum[] = groups.named.map((r) => ({ id: `country:${r.code}` }));
  const links: LinkDatum[] = groups.named.map((r) => ({
    source: `country:${r.code}`,
    target: 'stage',
    value: r.value,
  }));
  if (groups.other) {
    nodes.push({ id: 'other' });
    links.push({ source: 'other', target: 'stage', value: groups.other.value });
  }
  nodes.push({ id: 'stage' });
  for (const u of uses.links) {
    nodes.push({ id: u.id });
    links.push({ source: 'stage', target: u.id, value: u.value });
  }
  const graph = sankey<NodeDatum, LinkDatum>()
    .nodeId((d) => d.id)
    .nodeWidth(nodeWidth)
    .nodePadding(Math.max(6, fs * 1.25))
    .nodeSort(null)
    .linkSort(null)
    // No relaxation: producers stay stacked largest-first and the stage node centred.
    .iterations(0)
    .extent([
      [left, top],
      [stageX + nodeWidth, bottom],
    ]);
  if (uses.mode === 'shares')
    graph.extent([
      [left, top],
      [endX, bottom],
    ]);
  const out = graph({ nodes: nodes.map((n) => ({ ...n })), links: links.map((l) => ({ ...l })) });

  const useById = new Map(uses.links.map((u) => [u.id, u]));
  const nodeModels: SankeyNodeModel[] = out.nodes.map((n) => {
    const id = n.id;
    const value = n.value ?? 0;
    const base = {
      id,
      showLabel: true,
      x0: round(n.x0 ?? 0),
      x1: round(n.x1 ?? 0),
      y0: round(n.y0 ?? 0),
      y1: round(n.y1 ?? 0),
      value,
      valueText: L.number(value),
      share: share(value),
      news: 0,
      members: [] as string[],
      tooltip: '',
      newsText: '',
    };
    if (id.startsWith('country:')) {
      const code = id.slice('country:'.length);
      return {
        ...base,
        kind: 'country',
        key: code,
        label: countryLabel(code),
        news: news.countryArticles[code] ?? 0,
      };
    }
    if (id === 'other') {
      const members = groups.other?.members ?? [];
      const otherNews = members.reduce((a, c) => a + (news.countryArticles[c] ?? 0), 0);
      return { ...base, kind: 'other', key: 'other', label: L.other, members, news: otherNews };
    }
    if (id === 'stage') {
      return { ...base, kind: 'stage', key: ref.id, label: L.mineral(ref.id, ref.name), news: news.articles };
    }
    const use = useById.get(id)!;
    // Shorten the name, never the percent.
    const pct = L.percent(use.share);
    const label = `${shorten(use.label, Math.floor((right - fs) / (fs * 0.56)) - pct.length - 1)} ${pct}`;
    return { ...base, kind: use.kind, key: use.key, label, share: use.share };
  });
  const yearText = ref.year.replace(/e$/, '');
  const when = `${yearText}${isEstimate(ref.year) ? ` (${L.estimate})` : ''}`;
  const source = sourceOf(ref.source);
  const figure = (v: number) => `${L.number(v)} ${ref.unit}`;
  // Full names: the drawn labels may be shortened, the tooltips never are.
  const fullName = (n: SankeyNodeModel) =>
    n.kind === 'country' ? countryLabel(n.key) : n.kind === 'end-use' ? L.endUse(n.key) : n.label;
  for (const n of nodeModels) {
    const full = fullName(n);
    n.newsText = L.number(n.news);
    const members =
      n.kind === 'other' && n.members.length
        ? ` [${n.members.map((c) => (c === 'other' ? L.other : countryLabel(c))).join(', ')}]`
        : '';
    const pct = n.kind === 'stage' ? '' : ` (${L.percent(n.share)})`;
    const newsText = n.news > 0 && n.kind !== 'stage' ? ` · ● ${L.inTheNews}: ${L.number(n.news)}` : '';
    n.tooltip = `${full}${members}: ${figure(n.value)}${pct} · ${when} · ${L.source}: ${source?.title ?? ref.source}${newsText}`;
  }
  dropOverlaps(
    nodeModels.filter((n) => n.kind === 'country' || n.kind === 'other'),
    fs,
  );
  dropOverlaps(
    nodeModels.filter((n) => n.kind === 'end-use' || n.kind === 'unallocated'),
    fs,
  );

  const byId = new Map(out.nodes.map((n) => [n.id, n]));
  const nodeById = new Map(nodeModels.map((n) => [n.id, n]));
  const linkModels: SankeyLinkModel[] = out.links.map((l) => {
    const s = l.source as unknown as NodeDatum & { x1: number };
    const t = l.target as unknown as NodeDatum & { x0: number };
    return {
      id: `${s.id}->${t.id}`,
      source: s.id,
      target: t.id,
      value: l.value,
      valueText: L.number(l.value),
      width: round(Math.max(1, l.width ?? 1)),
      tooltip: `${fullName(nodeById.get(s.id)!)} → ${fullName(nodeById.get(t.id)!)}: ${figure(l.value)} · ${when}`,
      d: linkPath(byId.get(s.id)!.x1 ?? 0, l.y0 ?? 0, byId.get(t.id)!.x0 ?? 0, l.y1 ?? 0),
    };
  });

  const stage = nodeModels.find((n) => n.kind === 'stage')!;
  const qualitative = placeQualitative(uses.qualitative, stage, endX, top, bottom, fs);
  const markers = placeMarkers(news.events, nodeModels, linkModels, fs, L);
  const legendY = round(bottom + fs * 1.9);
  const legend = placeLegend(markers, news.articles, fs, L);
  const sourceLine = `${L.source}: ${source?.title ?? ref.source}${source?.license ? ` (${source.license})` : ''}`;
  const maxChars = Math.floor(width / (fs * 0.8 * 0.58));
  const footer: { text: string; y: number }[] = [];
  let y = legendY + fs * 1.3;
  if (ref.end_uses) {
    footer.push({ text: shorten(`${L.endUses}: ${ref.end_uses.scope}`, maxChars), y: round(y) });
    y += fs * 1.1;
  }
  footer.push({ text: shorten(sourceLine, maxChars), y: round(y) });
  const endCaption =
    uses.mode === 'qualitative' ? `${L.endUses} (${L.qualitative})` : uses.mode === 'none' ? '' : L.endUses;

  return {
    chart: 'sankey',
    mineral: ref.id,
    width,
    height,
    fontSize: fs,
    title: L.mineral(ref.id, ref.name),
    subtitle: `${ref.unit} · ${yearText}${isEstimate(ref.year) ? ` (${L.estimate})` : ''} · ${L.stage(ref.stage)}`,
    unit: ref.unit,
    year: ref.year,
    estimate: isEstimate(ref.year),
    sourceKey: ref.source,
    sourceLine,
    captions: [
      { text: L.producers, x: round(left - fs * 0.4), anchor: 'end' },
      { text: L.stage(ref.stage), x: round((stage.x0 + stage.x1) / 2), anchor: 'middle' },
      { text: endCaption, x: round(endX + (uses.mode === 'shares' ? 0 : fs * 0.2)), anchor: 'start' },
    ].filter((c) => c.text) as SankeyModel['captions'],
    captionY: round(top - fs * 0.7),
    endUseMode: uses.mode,
    endUseScope: ref.end_uses?.scope ?? null,
    total,
    world: ref.world_production,
    nodes: nodeModels,
    links: linkModels,
    qualitative,
    markers,
    legend,
    legendY,
    footer,
  };
}
