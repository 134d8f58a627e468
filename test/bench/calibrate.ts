/**
 * How fast this machine is right now: a fixed JavaScript workload (string building, map look-ups,
 * sorting), timed in this process. The benchmarks print it beside their figures, because a virtual
 * machine can run the same build half again slower from one hour to the next; a figure is
 * compared with another only together with this one.
 */
import { random } from './random';

/** Milliseconds for the workload: the best of three runs, after a warm-up. */
export function calibrate(): number {
  const work = () => {
    const next = random(7);
    const map = new Map<string, number>();
    const words: string[] = [];
    for (let i = 0; i < 200_000; i++) {
      const w = `w${Math.floor(next() * 50_000).toString(36)}`;
      map.set(w, (map.get(w) ?? 0) + 1);
      words.push(w);
    }
    words.sort();
    let sum = 0;
    for (const [w, n] of map) sum += w.length * n;
    return sum;
  };
  work();
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    work();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/** The line the benchmarks print. */
export function machineLine(): string {
  return `machine: a fixed JS workload takes ${calibrate().toFixed(0)} ms here now (lower is faster; compare figures only at a like value)`;
}
