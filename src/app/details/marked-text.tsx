/** A range of article text with its recognised entities marked; clicking one selects it. */
import type { Mention } from '../../shared/schema';
import { useStore } from '../state/store';
import type { SelectionKind } from '../state/store';
import { segmentText } from './segments';

/** Mention kinds the shared selection knows; others (stage, end use, date) are marked but inert. */
const SELECTABLE: Partial<Record<Mention['kind'], SelectionKind>> = {
  country: 'country',
  person: 'person',
  place: 'place',
  mineral: 'mineral',
};

export function MarkedText(props: {
  text: string;
  mentions: readonly Mention[];
  start?: number;
  end?: number;
}) {
  const select = useStore((s) => s.select);
  const pieces = segmentText(props.text, props.mentions, props.start, props.end);
  return (
    <>
      {pieces.map((p) => {
        if (!p.mention) return <span key={p.start}>{p.text}</span>;
        const m = p.mention;
        const kind = SELECTABLE[m.kind];
        if (!kind) {
          return (
            <mark key={p.start} className={`mention mention-${m.kind}`} data-kind={m.kind}>
              {p.text}
            </mark>
          );
        }
        return (
          <mark
            key={p.start}
            className={`mention mention-${m.kind} selectable`}
            data-kind={m.kind}
            role="button"
            tabIndex={0}
            title={`${m.kind}: ${m.id}`}
            onClick={() => select({ kind, id: m.id })}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                select({ kind, id: m.id });
              }
            }}
          >
            {p.text}
          </mark>
        );
      })}
    </>
  );
}
