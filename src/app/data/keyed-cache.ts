/**
 * Values worked out once per object and key: a chart's layout per data object (held weakly, so
 * the cache goes with the data) and per size, zoom and language. React's useMemo keeps only the
 * last value; a reader who clears a filter comes back to the unfiltered data, whose lists keep
 * their identity, and its charts need not be laid out again.
 */
export class KeyedCache<O extends object, T> {
  private readonly byObject = new WeakMap<O, Map<string, T>>();

  /** @param perObject keys kept per object before the oldest go (each zoom step is a key). */
  constructor(private readonly perObject = 8) {}

  get(object: O, key: string, make: () => T): T {
    let byKey = this.byObject.get(object);
    if (!byKey) this.byObject.set(object, (byKey = new Map()));
    let value = byKey.get(key);
    if (value === undefined) {
      if (byKey.size >= this.perObject) byKey.delete(byKey.keys().next().value!);
      byKey.set(key, (value = make()));
    }
    return value;
  }
}
