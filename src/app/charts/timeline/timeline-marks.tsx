/**
 * The timeline's marks: one event (a point with its kind's symbol, or a bar for a week, month or
 * season), a "+N" badge for a stack too tall for its lane, and the labelled chips of undated
 * events. Held marks are filled; planned ones hollow with a dashed outline. Reads no store.
 */
import { typeSymbolPath } from '../symbols';
import { onEnter } from '../on-enter';
import type { TimelineBadge, TimelineMark, TimelineModel } from './layout-timeline';

function strokeOf(planned: boolean, selected: boolean, colour: string) {
  return {
    stroke: selected ? '#000' : colour,
    strokeWidth: selected ? 3 : planned ? 2 : 1,
    strokeDasharray: planned ? '4 2' : undefined,
  };
}

export function Mark({ m, selected }: { m: TimelineMark; selected: boolean }) {
  const planned = m.status === 'planned';
  const common = {
    fill: planned ? 'white' : m.colour,
    fillOpacity: m.faint ? 0.3 : planned ? 0.6 : 0.9,
    ...strokeOf(planned, selected, m.colour),
  };
  const cy = m.y + m.h / 2;
  if (m.shape === 'point')
    return <path transform={`translate(${m.x},${cy})`} d={typeSymbolPath(m.type, m.h * 1.15)} {...common} />;
  return (
    <>
      <rect x={m.x} y={m.y} width={m.w} height={m.h} rx={Math.min(3, m.h / 3)} {...common} />
      {m.w >= m.h * 2 && m.type !== 'meeting' && (
        <path
          transform={`translate(${m.x + m.h / 2},${cy})`}
          d={typeSymbolPath(m.type, m.h * 0.7)}
          fill={planned ? m.colour : 'white'}
        />
      )}
    </>
  );
}

export function Badge(props: {
  b: TimelineBadge;
  fontSize: number;
  label: string;
  text: string;
  onBadge: (b: TimelineBadge) => void;
}) {
  const { b, fontSize: fs } = props;
  return (
    <g
      data-badge={b.lane}
      data-count={b.ids.length}
      data-ids={b.ids.join(' ')}
      role="button"
      tabIndex={0}
      aria-label={props.label}
      onClick={() => props.onBadge(b)}
      onKeyDown={onEnter(() => props.onBadge(b))}
      style={{ cursor: 'pointer' }}
    >
      <title>{props.label}</title>
      <rect x={b.x} y={b.y} width={b.w} height={b.h} rx={b.h / 2} fill="#1d3557" />
      <text
        x={b.x + b.w / 2}
        y={b.y + b.h / 2 + Math.min(fs * 0.8, b.h) * 0.35}
        textAnchor="middle"
        fontSize={Math.min(fs * 0.8, b.h)}
        fontWeight={700}
        style={{ fill: 'white' }}
      >
        {props.text}
      </text>
    </g>
  );
}

export function UndatedChips(props: {
  model: TimelineModel;
  selectedId: string | null;
  markLabel: (id: string, label: string) => string;
  moreText: (count: number) => string;
  onMark: (id: string) => void;
  onMore: () => void;
}) {
  const { model, selectedId } = props;
  const fs = model.fontSize;
  const sym = fs * 0.85;
  return (
    <g className="undated">
      {model.undated.map((u) => {
        const planned = u.status === 'planned';
        const selected = u.id === selectedId;
        return (
          <g
            key={u.id}
            data-undated={u.id}
            role="button"
            tabIndex={0}
            onClick={() => props.onMark(u.id)}
            onKeyDown={onEnter(() => props.onMark(u.id))}
            style={{ cursor: 'pointer' }}
          >
            {/* The <title> names the chip (SVG-AAM): the whole text, which the cut text starts. */}
            <title>{`${u.label}. ${props.markLabel(u.id, u.summary)}`}</title>
            <rect
              x={u.x}
              y={u.y}
              width={u.w}
              height={u.h}
              rx={3}
              fill="white"
              stroke={selected ? '#000' : '#bbb'}
              strokeWidth={selected ? 2.5 : 1}
            />
            <path
              transform={`translate(${u.x + fs * 0.75},${u.y + u.h / 2})`}
              d={typeSymbolPath(u.type, sym)}
              fill={planned ? 'white' : u.colour}
              {...strokeOf(planned, false, u.colour)}
            />
            <text x={u.x + fs * 1.5} y={u.y + u.h / 2 + fs * 0.28} fontSize={fs * 0.78}>
              {u.text}
              {u.cut && <tspan aria-hidden="true">…</tspan>}
            </text>
          </g>
        );
      })}
      {model.undatedMore && (
        <g
          data-undated-more={model.undatedMore.count}
          role="button"
          tabIndex={0}
          aria-label={props.moreText(model.undatedMore.count)}
          onClick={props.onMore}
          onKeyDown={onEnter(props.onMore)}
          style={{ cursor: 'pointer' }}
        >
          <rect
            x={model.undatedMore.x}
            y={model.undatedMore.y}
            width={model.undatedMore.w}
            height={model.undatedMore.h}
            rx={3}
            fill="#1d3557"
          />
          <text
            x={model.undatedMore.x + fs * 0.6}
            y={model.undatedMore.y + model.undatedMore.h / 2 + fs * 0.28}
            fontSize={fs * 0.78}
            style={{ fill: 'white' }}
          >
            {props.moreText(model.undatedMore.count)}
          </text>
        </g>
      )}
    </g>
  );
}
