/**
 * One export of the current view, run on a click (this module is loaded on demand, so none of
 * it weighs on the first view): every chart as a standalone SVG or as PNG drawn from that SVG,
 * or the rows behind the view as CSV or JSON, each with the citation.
 */
import { REFERENCE } from '../../../shared/reference/reference';
import type { Dataset } from '../../../shared/schema';
import { SHELL_STRINGS } from '../../i18n/strings';
import { useStore } from '../../state/store';
import { toCsv } from './csv';
import { download } from './download';
import { exportContext } from './export-context';
import type { ExportContext } from './export-context';
import { exportFileName } from './file-name';
import { mapModel, mapOnScreen, mapSvgElement } from './map-export';
import { svgToPng } from './png';
import { serializeChart } from './serialize-svg';
import { viewData } from './view-data';
import type { OnScreen } from './view-data';

export type ExportRequest =
  { kind: 'svg' } | { kind: 'png'; scale: 1 | 2 | 4 } | { kind: 'csv' } | { kind: 'json' };

interface Chart {
  /** "network", "sankey-lithium", "map". */
  name: string;
  svg: SVGSVGElement;
  title: string;
  /** True when the chart draws the date range, filters and vintage itself (the map). */
  framed: boolean;
}

const NATURAL_EARTH =
  'Basemap: Natural Earth 1:110m country shapes (public domain), via the world-atlas package';

function chartsInView(): SVGSVGElement[] {
  return [...document.querySelectorAll<SVGSVGElement>('main svg[data-chart]')];
}

function onScreen(): OnScreen {
  const charts = chartsInView();
  return {
    charts: charts.map((c) => c.getAttribute('data-chart') ?? ''),
    minerals: charts.map((c) => c.getAttribute('data-mineral') ?? '').filter(Boolean),
  };
}

function charts(dataset: Dataset, ctx: ExportContext): Chart[] {
  if (ctx.view === 'map') {
    const { mapView, selection } = useStore.getState();
    const svg = mapSvgElement(mapModel(dataset, ctx, { mapView, selection, ...mapOnScreen() }));
    return [{ name: 'map', svg, title: svg.getAttribute('aria-label') ?? 'Diplomap', framed: true }];
  }
  return chartsInView().map((svg) => {
    const name = [svg.getAttribute('data-chart'), svg.getAttribute('data-mineral')].filter(Boolean).join('-');
    return { name, svg, title: svg.getAttribute('aria-label') ?? `Diplomap ${name}`, framed: false };
  });
}

function sources(ctx: ExportContext): string[] {
  const out = [ctx.pipelineSource];
  if (ctx.view === 'map') out.push(NATURAL_EARTH);
  if (ctx.view === 'minerals')
    out.push(...Object.values(REFERENCE.sources).map((s) => `${s.title} (${s.url})`));
  return out;
}

/** Runs the export; returns how many files were saved. */
export async function runExport(req: ExportRequest, dataset: Dataset): Promise<number> {
  const state = useStore.getState();
  const ctx = exportContext(state, dataset, location.href, new Date());
  const name = (chart: string | null, ext: string, suffix?: string) =>
    exportFileName({ view: ctx.view, chart, filters: ctx.filters, date: ctx.date, ext, suffix });

  if (req.kind === 'csv' || req.kind === 'json') {
    const table = viewData(ctx.view, dataset, ctx.filters, onScreen());
    const title = [SHELL_STRINGS[ctx.locale][ctx.view], table.chart].filter(Boolean).join(': ');
    const citation = ctx.citation(title);
    if (req.kind === 'csv') {
      const csv = toCsv(table.columns, table.rows, citation);
      download(name(table.chart, 'csv'), new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    } else {
      const json = {
        citation,
        title,
        view: ctx.view,
        chart: table.chart,
        filters: ctx.filters,
        exported: ctx.date,
        dataVintage: ctx.vintage,
        url: ctx.url,
        sources: sources(ctx),
        columns: table.columns,
        rows: table.rows,
      };
      download(
        name(table.chart, 'json'),
        new Blob([`${JSON.stringify(json, null, 2)}\n`], { type: 'application/json' }),
      );
    }
    return 1;
  }

  const list = charts(dataset, ctx);
  for (const c of list) {
    const notes = c.framed
      ? []
      : [ctx.datesText, ...(ctx.filtersText ? [ctx.filtersText] : []), ctx.dataText, ctx.exportedText];
    const meta = {
      title: c.title,
      date: ctx.date,
      locale: ctx.locale,
      sources: sources(ctx),
      citation: ctx.citation(c.title),
      notes,
    };
    const out = await serializeChart(c.svg, meta);
    if (req.kind === 'svg') {
      download(name(c.name, 'svg'), new Blob([out.text], { type: 'image/svg+xml' }));
    } else {
      const png = await svgToPng(out.text, out.width, out.height, req.scale);
      download(name(c.name, 'png', `${req.scale}x`), png);
    }
  }
  return list.length;
}
