import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Matcher } from '../../src/pipeline/matcher';
import { keyText, normaliseKey, originalSpan } from '../../src/pipeline/normalise';

/** Text from the scripts the press uses, with the marks, joiners and digits that vary between sites. */
const pieces = [
  'ভারত',
  'চিন',
  'য়',
  'ড়',
  '\u09bc',
  '\u200c',
  '\u200d',
  '\u200f',
  'ঁ',
  '০৭',
  'भारत',
  'ज़',
  'क़',
  '\u093c',
  '०४',
  'India',
  'Ü',
  ' ',
  '।',
  '.',
  ',',
  '\n',
];
const pressText = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((xs) => xs.join(''));
const anyText = fc.oneof(
  pressText,
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

describe('normalisation properties (fast-check)', () => {
  it('normaliseKey is idempotent', () => {
    fc.assert(fc.property(anyText, (t) => normaliseKey(normaliseKey(t)) === normaliseKey(t)));
  });

  it('every key range maps back inside the original text, in order', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (t, a, b) => {
        const k = keyText(t);
        if (k.key.length === 0) return true;
        const s = a % k.key.length;
        const e = s + 1 + (b % (k.key.length - s));
        const span = originalSpan(k, s, e);
        return span.start >= 0 && span.start <= span.end && span.end <= t.length;
      }),
    );
  });

  it('a name is found wherever it is pasted, with joiners or nukta variants, and its span is the name', () => {
    const matcher = new Matcher([{ alias: 'ভারত', value: 'IN' }]);
    fc.assert(
      fc.property(pressText, pressText, (before, after) => {
        const text = `${before} ভারত ${after}`;
        const hits = matcher.find(keyText(text), text);
        return hits.some((h) => text.slice(h.start, h.end) === 'ভারত');
      }),
    );
  });

  it('never throws on arbitrary input', () => {
    const matcher = new Matcher([{ alias: 'চিন', value: 'CN' }]);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (t) => {
        expect(() => matcher.find(keyText(t), t)).not.toThrow();
      }),
    );
  });
});
