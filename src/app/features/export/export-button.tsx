/**
 * The header's export controls: "Export SVG" (one click: every chart of the view, the map
 * included, as standalone SVG), "Export PNG" (1×, 2×, 4×, drawn from the same SVG) and "Download
 * data" (CSV or JSON of the rows behind the view). The work lives in ./run-export.ts, loaded on
 * the first click so the first view does not carry it.
 */
import { useState } from 'react';
import { useDataset } from '../../data/use-dataset';
import { useStore } from '../../state/store';
import type { ExportRequest } from './run-export';
import { MenuButton } from './menu-button';
import { fill } from '../../i18n/fill';
import { EXPORT_STRINGS } from './strings';
import './export.css';

type Status =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; n: number } | { kind: 'failed'; reason: string };

export function ExportButton() {
  const locale = useStore((s) => s.locale);
  const view = useStore((s) => s.view);
  const dataset = useDataset();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const t = EXPORT_STRINGS[locale];
  const noChart = view === 'sources' || view === 'present';
  const noData = view === 'present';
  const busy = status.kind === 'busy';

  const run = (req: ExportRequest) => {
    setStatus({ kind: 'busy' });
    import('./run-export')
      .then(({ runExport }) => runExport(req, dataset))
      .then(
        (n) => setStatus({ kind: 'done', n }),
        (e: unknown) => setStatus({ kind: 'failed', reason: e instanceof Error ? e.message : String(e) }),
      );
  };

  const message =
    status.kind === 'busy'
      ? t.busy
      : status.kind === 'done'
        ? fill(t.done, { n: String(status.n) })
        : status.kind === 'failed'
          ? fill(t.failed, { reason: status.reason })
          : '';
  return (
    <div role="group" aria-label={t.group} className="export-controls" aria-busy={busy}>
      <button
        type="button"
        onClick={() => run({ kind: 'svg' })}
        disabled={noChart || busy}
        title={noChart ? t.noChart : undefined}
      >
        {t.exportSvg}
      </button>
      <MenuButton
        label={t.exportPng}
        disabled={noChart || busy}
        title={noChart ? t.noChart : undefined}
        items={([1, 2, 4] as const).map((scale) => ({
          id: `png${scale}`,
          label: t[`scale${scale}`],
          run: () => run({ kind: 'png', scale }),
        }))}
      />
      <MenuButton
        label={t.downloadData}
        disabled={noData || busy}
        title={noData ? t.noData : undefined}
        items={[
          { id: 'csv', label: t.csv, run: () => run({ kind: 'csv' }) },
          { id: 'json', label: t.json, run: () => run({ kind: 'json' }) },
        ]}
      />
      <span role="status" className={status.kind === 'failed' ? 'export-status failed' : 'visually-hidden'}>
        {message}
      </span>
    </div>
  );
}
