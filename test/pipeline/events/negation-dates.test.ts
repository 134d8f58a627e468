import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/pipeline/corpus';
import { buildLexicon } from '../../../src/pipeline/lexicon';

const lexicon = buildLexicon();

/** The meetings of one made-up article published on Monday 3 March 2025. */
function meetingsOf(body: string) {
  const text = `Published: 3 March 2025\nA headline about diplomacy\n${body}\n`;
  const data = buildDataset('x', [{ file: 'a.txt', text }], [], lexicon);
  return data.events.filter((e) => e.type === 'meeting');
}

describe('negated meetings', () => {
  it.each([
    ['en', 'No meeting between the Indian and Pakistani prime ministers is planned in Dubai.'],
    ['bn', 'দুবাইয়ে ভারত ও পাকিস্তানের প্রধানমন্ত্রীর কোনও বৈঠকের সম্ভাবনা নেই।'],
    ['hi', 'दुबई में भारत और पाकिस्तान के विदेश मंत्रियों की बैठक रद्द हो गई।'],
    ['bn past', 'ভারত ও পাকিস্তানের বিদেশমন্ত্রীরা দুবাইয়ে বৈঠক করেননি।'],
  ])('gives no meeting for a meeting that is denied or cancelled (%s)', (_, body) => {
    expect(meetingsOf(body)).toEqual([]);
  });

  it('keeps a summit one party boycotted', () => {
    const found = meetingsOf(
      'Leaders of Kenya, Ethiopia and Uganda wrapped up a summit in Nairobi on Sunday, which the United States, which boycotted the meeting, had criticised.',
    );
    expect(found.map((e) => e.countries)).toContainEqual(expect.arrayContaining(['ET', 'KE', 'UG']));
  });

  it('keeps a meeting when the negative belongs to another clause', () => {
    const found = meetingsOf(
      'মার্কিন বিদেশসচিব শেষ মুহূর্তে সেখানে যাননি, ফলে টোকিয়োয় ভারত ও জাপানের বিদেশমন্ত্রীদের বৈঠক ছোট হয়ে যায়।',
    );
    expect(found.map((e) => e.countries)).toContainEqual(['IN', 'JP']);
  });

  it('keeps a meeting whose outcome is described with "not"', () => {
    const found = meetingsOf(
      'Indian and Japanese ministers met in Tokyo on Sunday; the meeting was not an alliance, they said.',
    );
    expect(found.map((e) => e.countries)).toContainEqual(['IN', 'JP']);
  });
});

describe('the date of a meeting', () => {
  it('prefers the day named to a year mentioned in passing', () => {
    const [m] = meetingsOf(
      'On Sunday, Indian and Australian leaders met in Sydney and revived trade talks that stalled in 2021.',
    );
    expect(m?.date).toBe('2025-03-02');
  });

  it('does not date a meeting by the end of a plan ("through 2030")', () => {
    const found = meetingsOf(
      'Vietnamese and Indian leaders met in Hanoi and adopted a plan of action through 2030.',
    );
    expect(found.map((e) => e.date)).not.toContain('2030');
  });
});
