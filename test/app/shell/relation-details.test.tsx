// @vitest-environment jsdom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/app/data/load';
import { provideDataset } from '../../../src/app/data/use-dataset';
import { DetailsPanel } from '../../../src/app/details/details-panel';
import { useStore } from '../../../src/app/state/store';
import { formatHash, parseHash } from '../../../src/app/state/url';
import fixture from '../../fixtures/app/dataset.json';

const dataset = parseDataset(fixture);

beforeEach(() => {
  provideDataset(dataset);
  useStore.setState({ locale: 'en', selection: null });
});
afterEach(cleanup);

describe('DetailsPanel for a person', () => {
  it('shows the roles from the dataset and each meeting with its evidence sentence', () => {
    const person = dataset.people.find((p) => p.id === 'jaishankar')!;
    useStore.setState({ selection: { kind: 'person', id: person.id } });
    const { container } = render(<DetailsPanel />);
    const roles = [...container.querySelectorAll('[data-role]')].map((r) => r.textContent);
    expect(roles).toHaveLength(person.roles.length);
    expect(roles[0]).toContain(person.roles[0]!.title);
    expect(roles[0]).toContain('India');
    const meetings = dataset.events.filter((e) => e.type === 'meeting' && e.people.includes(person.id));
    const items = [...container.querySelectorAll('[data-meetings] [data-event-item]')];
    expect(items.map((i) => i.getAttribute('data-event-item'))).toEqual(meetings.map((e) => e.id));
    const quotes = items.map((i) => i.querySelector('.evidence-sentence')?.textContent);
    expect(quotes).toEqual(meetings.map((e) => e.sources[0]!.sentence));
  });

  it('selects the meeting when its line is clicked, so the panel shows all its evidence', () => {
    useStore.setState({ selection: { kind: 'person', id: 'jaishankar' } });
    const { container } = render(<DetailsPanel />);
    const first = container.querySelector('[data-meetings] [data-event-item] button')!;
    fireEvent.click(first);
    expect(useStore.getState().selection?.kind).toBe('event');
  });
});

describe('DetailsPanel for a pair', () => {
  it('lists every event of both countries with tone counts, an event of several sources once', () => {
    useStore.setState({ selection: { kind: 'pair', id: 'IN,US' } });
    const { container } = render(<DetailsPanel />);
    const both = dataset.events.filter((e) => e.countries.includes('IN') && e.countries.includes('US'));
    const items = [...container.querySelectorAll('[data-event-item]')].map((i) =>
      i.getAttribute('data-event-item'),
    );
    expect(items).toEqual(both.map((e) => e.id));
    expect(new Set(items).size).toBe(items.length);
    const facts = container.querySelector('dl.facts')!.textContent!;
    expect(facts).toContain(`Meetings${both.filter((e) => e.type === 'meeting').length}`);
  });

  it('round-trips through the URL as sel=pair:IN,US', () => {
    const hash = formatHash({ ...parseHash('#/relations'), selection: { kind: 'pair', id: 'IN,US' } });
    expect(hash).toBe('#/relations?sel=pair:IN,US');
    expect(parseHash(hash).selection).toEqual({ kind: 'pair', id: 'IN,US' });
  });
});
