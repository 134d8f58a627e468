/**
 * `npx tsx test/bench/profile.ts <dist> <view> [tab]`: where a filter change spends its time on the
 * scale dataset. Takes a CPU profile (Chrome DevTools protocol) over the same six filter changes
 * as `npm run bench:scale` and prints the functions with the most self time and the most total
 * time. Build unminified first for readable names:
 * `npx vite build --minify false --outDir .cache/dist-profile`. `CALLERS=name` also prints who calls
 * the function `name`, and for how long.
 */
import { launch } from '../e2e/browser';
import { serveScaleSite } from './scale-site';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function frameName(n: ProfileNode): string {
  const { functionName, url, lineNumber } = n.callFrame;
  return `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`;
}

/** Self and total milliseconds per function name over the profile's samples. */
function summarise(
  profile: Profile,
  callersOf = '',
): { self: Map<string, number>; total: Map<string, number>; callers: Map<string, number> } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const callers = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id)!;
    const name = frameName(node);
    self.set(name, (self.get(name) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = frameName(byId.get(at)!);
      if (seen.has(n)) continue;
      seen.add(n);
      total.set(n, (total.get(n) ?? 0) + ms);
      if (callersOf && n.startsWith(`${callersOf} `)) {
        // The chain of frames above the function (DEPTH, 3 unless told), to tell its callers apart.
        const chain: string[] = [];
        for (
          let up = parent.get(at);
          up !== undefined && chain.length < Number(process.env.DEPTH ?? 3);
          up = parent.get(up)
        )
          chain.push(frameName(byId.get(up)!));
        const key = chain.join(' < ');
        callers.set(key, (callers.get(key) ?? 0) + ms);
      }
    }
  });
  return { self, total, callers };
}

/**
 * The profile cut into tasks (runs of samples with no idle gap over 2 ms), each with its
 * functions by total time: where one long task of a change goes.
 */
function tasks(profile: Profile, minMs: number): { start: number; ms: number; total: Map<string, number> }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const out: { start: number; ms: number; total: Map<string, number> }[] = [];
  let t = 0;
  let idle = 0;
  let current = null as (typeof out)[number] | null;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    t += (profile.timeDeltas[i] ?? 0) / 1000;
    const name = frameName(byId.get(id)!);
    if (name.startsWith('(idle)') || name.startsWith('(program)')) {
      idle += ms;
      if (idle > 2 && current) {
        if (current.ms >= minMs) out.push(current);
        current = null;
      }
      return;
    }
    idle = 0;
    current ??= { start: t, ms: 0, total: new Map() };
    current.ms += ms;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = frameName(byId.get(at)!);
      if (seen.has(n)) continue;
      seen.add(n);
      current.total.set(n, (current.total.get(n) ?? 0) + ms);
    }
  });
  if (current && current.ms >= minMs) out.push(current);
  return out;
}

const top = (m: Map<string, number>, n: number) =>
  [...m]
    .filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)') && !k.startsWith('(root)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, n);

async function main(dist = 'dist', view = 'map', tab?: string): Promise<void> {
  const site = await serveScaleSite(dist);
  // FILTERS="?types=meeting,?types=tariff" profiles other changes instead (commas between hashes).
  const filters = process.env.FILTERS?.split(',') ?? site.filters;

  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${site.url}#/${view}`);
  if (tab) await page.getByRole('tab', { name: tab }).click({ timeout: 120_000 });
  await page.waitForTimeout(3000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.INTERVAL ?? 100) });
  await cdp.send('Profiler.start');
  for (const f of filters) {
    await page.evaluate(`location.hash = ${JSON.stringify(`#/${view}${f}`)}`);
    await page.waitForTimeout(700);
  }
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const { self, total, callers } = summarise(profile, process.env.CALLERS);
  const row = ([k, v]: [string, number]) => `${v.toFixed(1).padStart(8)} ms  ${k}`;
  console.log(`${view}${tab ? ` (${tab})` : ''}: ${filters.length} filter changes\n\nself time:`);
  for (const r of top(self, 30)) console.log(row(r));
  console.log('\ntotal time:');
  for (const r of top(total, 60)) console.log(row(r));
  if (process.env.TASKS) {
    // TASKS=20: every task of 20 ms or more, with the app's functions that took most of it.
    const t0 = tasks(profile, 0)[0]?.start ?? 0;
    for (const task of tasks(profile, Number(process.env.TASKS))) {
      console.log(`\ntask at ${(task.start - t0).toFixed(0)} ms: ${task.ms.toFixed(1)} ms`);
      for (const r of top(task.total, 60)
        .filter(([k]) => !/(index|jsx-runtime)-[\w-]+\.js/.test(k))
        .slice(0, 14))
        console.log(row(r));
    }
  }
  if (process.env.CALLERS) {
    console.log(`\ncallers of ${process.env.CALLERS}:`);
    for (const r of top(callers, 15)) console.log(row(r));
  }
  await browser.close();
  await site.close();
}

void main(process.argv[2], process.argv[3], process.argv[4]);
