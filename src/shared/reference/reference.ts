/**
 * The bundled reference figures, validated when the module loads: a broken file fails loudly,
 * naming the file and field, instead of drawing wrong numbers. The file is small (~10 kB).
 */
import raw from './critical-minerals.json';
import { parseReference } from './reference-schema';
import type { CriticalMineralsRef, MineralRef, ReferenceSource } from './reference-schema';

export const REFERENCE: CriticalMineralsRef = parseReference(raw);

/** The reference entry for a mineral id, if this edition has figures for it. */
export function mineralRef(id: string, ref: CriticalMineralsRef = REFERENCE): MineralRef | undefined {
  return ref.minerals.find((m) => m.id === id);
}

/** A source by key, for tooltips and source lines. */
export function sourceOf(key: string, ref: CriticalMineralsRef = REFERENCE): ReferenceSource | undefined {
  return ref.sources[key];
}
