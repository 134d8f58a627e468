/** The map’s legend, as an HTML overlay; the SVG export draws the same labels (charts/map/map-frame.ts). */
import { MEETING_COLOURS, SEQUENTIAL_BLUES } from '../../charts/palette';
import { formatNumber } from '../../i18n/format';
import type { UiLocale } from '../../state/store';
import { MAP_STRINGS } from './strings';

export function MapLegend({ locale, maxCountry }: { locale: UiLocale; maxCountry: number }) {
  const s = MAP_STRINGS[locale];
  return (
    <div className="map-legend" aria-label={s.legendTitle}>
      <strong>{s.legendTitle}</strong>
      <ul>
        {(['bilateral', 'multilateral', 'planned'] as const).map((k) => (
          <li key={k}>
            <span className="swatch dot" style={{ background: MEETING_COLOURS[k] }} /> {s[k]}
          </li>
        ))}
        <li>
          <span className="swatch dot dashed" /> {s.approximate}
        </li>
        <li>
          <span className="swatch line" /> {s.arcs}
        </li>
      </ul>
      {maxCountry > 0 && (
        <div className="ramp">
          <span>{s.shading}</span>
          <div className="ramp-steps">
            {SEQUENTIAL_BLUES.map((c) => (
              <span key={c} style={{ background: c }} />
            ))}
          </div>
          <div className="ramp-ends">
            <span>{formatNumber(1, locale)}</span>
            <span>{formatNumber(maxCountry, locale)}</span>
          </div>
        </div>
      )}
      <p className="map-source">{s.source}</p>
    </div>
  );
}
