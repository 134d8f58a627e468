// iso-numeric.json is generated from i18n-iso-countries (a devDependency kept out of the bundle):
// node -e "…numericToAlpha2(id) for each world-atlas id…". This test fails when they drift apart.
import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import isoNumeric from '../../../src/app/charts/map/iso-numeric.json';
import world from 'world-atlas/countries-110m.json';

describe('iso-numeric.json', () => {
  it('maps every world-atlas country id that has an alpha-2 code', () => {
    const ids = (
      world as unknown as { objects: { countries: { geometries: { id?: string }[] } } }
    ).objects.countries.geometries
      .map((g) => g.id)
      .filter((id): id is string => !!id);
    const table = isoNumeric as Record<string, string>;
    for (const id of ids) expect(table[id] ?? null).toBe(countries.numericToAlpha2(id) ?? null);
    expect(table['356']).toBe('IN');
    expect(table['050']).toBe('BD');
  });
});
