/** The right-hand panel: the shared selection's details and evidence, whatever view selected it. */
import { useDataset } from '../data/use-dataset';
import { useStore } from '../state/store';
import { useShellStrings } from '../shell/use-strings';
import { EntityDetails } from './entity-details';
import { EventDetails } from './event-details';
import { PairDetails } from './pair-details';

export function DetailsPanel() {
  const t = useShellStrings();
  const dataset = useDataset();
  const selection = useStore((s) => s.selection);
  const select = useStore((s) => s.select);
  const event = selection?.kind === 'event' ? dataset.events.find((e) => e.id === selection.id) : undefined;
  return (
    <aside className="details-panel" aria-label={t.details} data-testid="details">
      {selection && (
        <button type="button" className="close" aria-label={t.closeDetails} onClick={() => select(null)}>
          ×
        </button>
      )}
      {!selection && <p className="muted">{t.nothingSelected}</p>}
      {selection?.kind === 'event' &&
        (event ? <EventDetails dataset={dataset} event={event} /> : <p>{t.notFound}</p>)}
      {selection?.kind === 'pair' && <PairDetails dataset={dataset} selection={selection} />}
      {selection && selection.kind !== 'event' && selection.kind !== 'pair' && (
        <EntityDetails dataset={dataset} selection={selection} />
      )}
    </aside>
  );
}
