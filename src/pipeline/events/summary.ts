/**
 * English summaries built from an event's fields, never from translating the sentence:
 * "India and Canada met in Washington on 4 February 2026." / "Planned: Canada visits India in March 2026."
 */
import type { DiploEvent } from '../../shared/schema';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function describeDate(date: string | null, precision: DiploEvent['datePrecision']): string {
  if (!date) return '';
  const [y, m, d] = date.split('-');
  const month = m ? MONTHS[Number(m) - 1] : '';
  if (precision === 'day' && d) return ` on ${Number(d)} ${month} ${y}`;
  if (precision === 'week' && d) return ` in the week of ${Number(d)} ${month} ${y}`;
  if (month) return ` in ${month} ${y}`;
  return ` in ${y}`;
}

export function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  if (names.length > 6) return `${names.slice(0, 5).join(', ')} and ${names.length - 5} others`;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const VERBS: Record<string, [held: string, planned: string]> = {
  meeting: ['met', 'are to meet'],
  'export-control': ['export controls involving', 'planned export controls involving'],
  tariff: ['tariffs involving', 'planned tariffs involving'],
  agreement: ['agreement or initiative of', 'planned agreement or initiative of'],
  'military-incident': ['military incident involving', 'reported military tension involving'],
};

export function summarise(
  e: DiploEvent,
  countryName: (code: string) => string,
  personName: (id: string) => string,
): string {
  const parties = listNames(e.countries.map(countryName));
  const people = e.people.length ? ` (${listNames(e.people.map(personName))})` : '';
  const where = e.place ? ` in ${e.place.name}${e.place.approximate ? ' (country only)' : ''}` : '';
  const when = describeDate(e.date, e.datePrecision);
  const planned = e.status === 'planned';
  if (e.type === 'meeting') {
    const how =
      e.kind === 'call'
        ? planned
          ? 'are to speak by phone or video'
          : 'spoke by phone or video'
        : e.kind === 'visit' && e.visitor && e.host
          ? `${planned ? 'is to visit' : 'visited'} ${countryName(e.host)}`
          : VERBS.meeting![planned ? 1 : 0];
    const subject = e.kind === 'visit' && e.visitor && e.host ? countryName(e.visitor) : parties;
    const gathering = e.kind === 'summit' || e.kind === 'multilateral' ? ' at a multilateral meeting' : '';
    return `${planned ? 'Planned: ' : ''}${subject}${people} ${how}${gathering}${where}${when}.`;
  }
  const minerals = e.minerals.length ? ` (${e.minerals.join(', ')})` : '';
  const [held, plan] = VERBS[e.type]!;
  return `${planned ? plan : held} ${parties}${minerals}${when}.`.replace(/^./, (c) => c.toUpperCase());
}
