import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/pipeline/sentences';

const body = (text: string) => splitSentences(text, [{ start: 0, end: text.length, kind: 'body' }]);

describe('splitSentences(text, blocks)', () => {
  it('splits Bengali and Hindi at the danda and keeps offsets', () => {
    const text = 'প্রথম বাক্য। দ্বিতীয় বাক্য।\nपहला वाक्य। दूसरा?';
    const out = body(text);
    expect(out.map((s) => s.text)).toEqual(['প্রথম বাক্য।', 'দ্বিতীয় বাক্য।', 'पहला वाक्य।', 'दूसरा?']);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(out.map((s) => s.paragraph)).toEqual([0, 0, 1, 1]);
  });

  it('does not split after initials or abbreviations', () => {
    const out = body('Dr. S. Jaishankar met Mr. Rubio in Washington. Then he left.');
    expect(out.map((s) => s.text)).toEqual([
      'Dr. S. Jaishankar met Mr. Rubio in Washington.',
      'Then he left.',
    ]);
    expect(body('এস. জয়শঙ্কর ওয়াশিংটনে যাবেন।')).toHaveLength(1);
  });

  it('leaves out furniture blocks', () => {
    const text = 'Read more\nThe body.';
    const out = splitSentences(text, [
      { start: 0, end: 9, kind: 'furniture' },
      { start: 10, end: text.length, kind: 'body' },
    ]);
    expect(out.map((s) => s.text)).toEqual(['The body.']);
  });
});
