/**
 * Renders a MapModel as a standalone <svg>: the map clipped to the view, with the title, the
 * legend and the source lines as SVG text. Paths take Leaflet's defaults (round joins and caps,
 * even-odd fill) so the file looks like the screen. Reads no store.
 */
import type { MarkStyle } from './map-style';
import { SEA_COLOUR } from './map-style';
import type { MapModel } from './layout-map';
import { CHART_FONT, CHART_TEXT_STYLE } from '../font';

const paint = (s: MarkStyle) => ({
  fill: s.fill,
  fillOpacity: s.fillOpacity,
  stroke: s.stroke,
  strokeWidth: s.strokeWidth,
  strokeDasharray: s.dashArray,
});

export function MapSvg({ model }: { model: MapModel }) {
  const f = model.frame;
  const fs = f.fontSize;
  const { map } = f;
  const r = fs * 0.38;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${f.width} ${f.height}`}
      width={f.width}
      height={f.height}
      data-chart="map"
      role="img"
      aria-label={f.title.text}
      fontFamily={CHART_FONT}
    >
      <style>{CHART_TEXT_STYLE}</style>
      <rect width={f.width} height={f.height} fill="#ffffff" />
      <text x={f.title.x} y={f.title.y} fontSize={fs * 1.25} fontWeight={600}>
        {f.title.text}
      </text>
      {f.subtitle.map((t) => (
        <text key={`${t.y}`} x={t.x} y={t.y} fontSize={fs * 0.85} className="muted">
          {t.text}
        </text>
      ))}
      <defs>
        <clipPath id="map-view-clip">
          <rect width={map.width} height={map.height} />
        </clipPath>
      </defs>
      <g transform={`translate(${map.x},${map.y})`}>
        <g clipPath="url(#map-view-clip)" strokeLinejoin="round" strokeLinecap="round">
          <rect width={map.width} height={map.height} fill={SEA_COLOUR} />
          <g className="countries" fillRule="evenodd">
            {model.countries.map((c, i) => (
              <path
                key={`${c.iso ?? c.name}-${i}`}
                className={c.iso ? `country country-${c.iso}` : 'country'}
                d={c.d}
                {...paint(c.style)}
              >
                <title>{c.name}</title>
              </path>
            ))}
          </g>
          <g
            className="arcs"
            fill="none"
            stroke={model.arcStyle.stroke}
            strokeWidth={model.arcStyle.strokeWidth}
            strokeOpacity={model.arcStyle.strokeOpacity}
          >
            {model.arcs.map((a) => (
              <path key={a.key} className="visit-arc" d={a.d} strokeWidth={a.width} />
            ))}
          </g>
          <g className="markers">
            {model.markers.map((m) => (
              <circle
                key={m.key}
                className="meeting-marker"
                data-event-ids={m.eventIds.join(',')}
                cx={m.x}
                cy={m.y}
                r={m.r}
                {...paint(m.style)}
              />
            ))}
          </g>
        </g>
        <rect width={map.width} height={map.height} fill="none" stroke="#d6d6d2" />
      </g>
      <g className="legend" fontSize={fs * 0.9}>
        <text x={f.legendTitle.x} y={f.legendTitle.y} fontSize={fs} fontWeight={600}>
          {f.legendTitle.text}
        </text>
        {f.legend.map((s) => (
          <g key={s.text} transform={`translate(${s.x},${s.y - fs * 0.32})`}>
            {s.shape === 'line' ? (
              <line x2={fs * 1.1} stroke={s.colour} strokeWidth={2} />
            ) : (
              <circle
                cx={r}
                r={r}
                fill={s.shape === 'dashed' ? '#ffffff' : s.colour}
                stroke={s.colour}
                strokeWidth={s.shape === 'dashed' ? 1.5 : 0}
                strokeDasharray={s.shape === 'dashed' ? '3 2' : undefined}
              />
            )}
            <text x={fs * 1.5} y={fs * 0.32}>
              {s.text}
            </text>
          </g>
        ))}
        {f.ramp && (
          <g className="ramp">
            <text x={f.ramp.label.x} y={f.ramp.label.y}>
              {f.ramp.label.text}
            </text>
            {f.ramp.steps.map((s) => (
              <rect
                key={s.colour}
                x={s.x}
                y={f.ramp!.y - fs * 0.8}
                width={s.width}
                height={fs * 0.9}
                fill={s.colour}
                stroke="#9a9a94"
                strokeWidth={0.5}
              />
            ))}
            {f.ramp.ends.map((e) => (
              <text key={e.x} x={e.x} y={e.y}>
                {e.text}
              </text>
            ))}
          </g>
        )}
      </g>
      {f.footer.map((t) => (
        <text key={`${t.y}`} x={t.x} y={t.y} fontSize={fs * 0.8} className="muted">
          {t.text}
        </text>
      ))}
    </svg>
  );
}
