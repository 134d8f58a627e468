/**
 * "Export SVG": saves every chart of the current view (each `<svg data-chart>`) as a standalone
 * SVG file. The map is drawn by Leaflet and has no standalone vector export yet, so on the map
 * view the button is disabled and says why.
 */
import { useStore } from '../../state/store';
import { exportFileName, serializeChart } from './serialize-svg';

const STRINGS = {
  en: {
    label: 'Export SVG',
    none: 'No chart to export in this view yet (the map’s vector export is not built yet)',
  },
  bn: { label: 'SVG রপ্তানি', none: 'এই ভিউতে রপ্তানির মতো চার্ট নেই (মানচিত্রের ভেক্টর রপ্তানি এখনো তৈরি হয়নি)' },
  hi: { label: 'SVG निर्यात', none: 'इस व्यू में निर्यात के लिए चार्ट नहीं है (मानचित्र का वेक्टर निर्यात अभी नहीं बना)' },
};

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ExportButton() {
  const locale = useStore((s) => s.locale);
  const view = useStore((s) => s.view);
  const countries = useStore((s) => s.filters.countries);
  const t = STRINGS[locale];
  const disabled = view === 'map' || view === 'sources' || view === 'present';
  const run = () => {
    const charts = [...document.querySelectorAll<SVGSVGElement>('main svg[data-chart]')];
    const date = new Date().toISOString().slice(0, 10);
    for (const svg of charts) {
      const name = svg.getAttribute('data-chart') ?? view;
      const title = svg.getAttribute('aria-label') ?? `Diplomap ${name}`;
      const text = serializeChart(svg, {
        title,
        source: 'Diplomap (news articles; see the Sources view)',
        date,
      });
      download(exportFileName(name, countries, date), text);
    }
  };
  return (
    <button
      type="button"
      className="export-button"
      onClick={run}
      disabled={disabled}
      title={disabled ? t.none : undefined}
    >
      {t.label}
    </button>
  );
}
