/**
 * The text around the exported map: a title band above (title, date range, filters) and a band
 * below with the legend (what the marks mean, the country shading ramp) and the source lines.
 * Pure; text widths are estimated (../text-metrics.ts).
 */
import { MEETING_COLOURS, SEQUENTIAL_BLUES } from '../palette';
import { textWidth, wrapText } from '../text-metrics';
import { ARC_STYLE } from './map-style';

export interface MapFrameText {
  title: string;
  /** Lines under the title: the date range, the filters. */
  subtitle: string[];
  legendTitle: string;
  bilateral: string;
  multilateral: string;
  planned: string;
  approximate: string;
  arcs: string;
  shading: string;
  /** Labels of the ramp's two ends (1 and the largest count), already formatted. */
  rampEnds: [string, string];
  /** Source lines: basemap and data, data vintage, export date. */
  footer: string[];
}

export interface PlacedText {
  x: number;
  y: number;
  text: string;
}

export interface LegendSwatch extends PlacedText {
  shape: 'dot' | 'dashed' | 'line';
  colour: string;
}

export interface MapFrame {
  width: number;
  height: number;
  fontSize: number;
  /** Where the map sits in the picture. */
  map: { x: number; y: number; width: number; height: number };
  title: PlacedText;
  subtitle: PlacedText[];
  legendTitle: PlacedText;
  legend: LegendSwatch[];
  ramp: {
    label: PlacedText;
    y: number;
    steps: { x: number; width: number; colour: string }[];
    ends: PlacedText[];
  } | null;
  footer: PlacedText[];
}

export function mapFrame(
  t: MapFrameText,
  width: number,
  mapHeight: number,
  maxCountry: number,
  scale: number,
): MapFrame {
  const fs = Math.max(12, Math.round(15 * scale));
  const pad = Math.round(fs * 0.8);
  const inner = width - 2 * pad;
  const lh = Math.round(fs * 1.45);
  const title = { x: pad, y: Math.round(fs * 1.6), text: t.title };
  const subLines = t.subtitle.flatMap((s) => wrapText(s, inner, fs * 0.85));
  const subtitle = subLines.map((text, i) => ({
    x: pad,
    y: title.y + Math.round(fs * 0.5) + (i + 1) * lh,
    text,
  }));
  const mapY = (subtitle.at(-1)?.y ?? title.y) + Math.round(fs * 0.8);

  // Legend items flow left to right and wrap.
  let y = mapY + mapHeight + Math.round(fs * 1.5);
  const legendTitle = { x: pad, y, text: t.legendTitle };
  let x = pad + textWidth(t.legendTitle, fs) + fs * 1.2;
  const items: Omit<LegendSwatch, 'x' | 'y'>[] = [
    { shape: 'dot', colour: MEETING_COLOURS.bilateral, text: t.bilateral },
    { shape: 'dot', colour: MEETING_COLOURS.multilateral, text: t.multilateral },
    { shape: 'dot', colour: MEETING_COLOURS.planned, text: t.planned },
    { shape: 'dashed', colour: '#555555', text: t.approximate },
    { shape: 'line', colour: ARC_STYLE.stroke, text: t.arcs },
  ];
  const legend = items.map((item) => {
    const w = fs * 1.5 + textWidth(item.text, fs * 0.9) + fs * 1.2;
    if (x + w > width - pad && x > pad) {
      x = pad;
      y += lh;
    }
    const placed = { ...item, x: Math.round(x), y };
    x += w;
    return placed;
  });

  let ramp: MapFrame['ramp'] = null;
  if (maxCountry > 0) {
    y += Math.round(lh * 1.2);
    const label = { x: pad, y, text: t.shading };
    // "Meetings per country  1 ▮▮▮▮▮ 11": the ends beside the ramp, on the label's line.
    const left = pad + textWidth(t.shading, fs * 0.9) + fs;
    const x0 = left + textWidth(t.rampEnds[0], fs * 0.9) + fs * 0.4;
    const step = fs * 2.4;
    const steps = SEQUENTIAL_BLUES.map((colour, i) => ({
      x: Math.round(x0 + i * step),
      width: Math.round(step),
      colour,
    }));
    const ends = [
      { x: Math.round(left), y, text: t.rampEnds[0] },
      { x: Math.round(x0 + step * SEQUENTIAL_BLUES.length + fs * 0.4), y, text: t.rampEnds[1] },
    ];
    ramp = { label, y, steps, ends };
  }

  y += Math.round(fs * 0.6);
  const footer = t.footer
    .flatMap((line) => wrapText(line, inner, fs * 0.8))
    .map((text) => {
      y += Math.round(fs * 1.25);
      return { x: pad, y, text };
    });
  return {
    width,
    height: y + Math.round(fs * 0.8),
    fontSize: fs,
    map: { x: 0, y: mapY, width, height: mapHeight },
    title,
    subtitle,
    legendTitle,
    legend,
    ramp,
    footer,
  };
}
