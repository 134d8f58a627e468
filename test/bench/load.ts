/**
 * `npm run bench:load [-- <dist>]`: how fast the built site shows its map, measured in headless
 * Chromium on localhost with the CPU slowed 4× (a modest laptop): time until the basemap's
 * country shapes are drawn, Largest Contentful Paint, total blocking time and layout shift.
 * Target: the map drawn in under 1.5 s. Prints the median of 5 cold loads.
 */
import { launch } from '../e2e/browser';
import { serveStatic } from '../e2e/static-server';
import { machineLine } from './calibrate';

interface Sample {
  map: number;
  lcp: number;
  tbt: number;
  cls: number;
}

const OBSERVE = `
  window.__perf = { lcp: 0, tbt: 0, cls: 0 };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__perf.lcp = e.startTime; })
    .observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__perf.tbt += Math.max(0, e.duration - 50); })
    .observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__perf.cls += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
`;

async function main(dist = 'dist'): Promise<void> {
  const server = await serveStatic(dist, '/');
  const browser = await launch();
  const samples: Sample[] = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(OBSERVE);
    const started = Date.now();
    await page.goto(`${server.url}#/map`);
    await page.waitForSelector('.leaflet-overlay-pane path', { timeout: 30_000 });
    const map = Date.now() - started;
    await page.waitForTimeout(1500);
    const perf = (await page.evaluate('window.__perf')) as Omit<Sample, 'map'>;
    samples.push({ map, ...perf });
    await context.close();
  }
  await browser.close();
  await server.close();
  const median = (k: keyof Sample) => [...samples.map((s) => s[k])].sort((a, b) => a - b)[2]!;
  console.log(machineLine());
  console.log(`CPU slowed 4x, median of ${samples.length} cold loads of ${dist}:`);
  console.log(`  map drawn   ${median('map').toFixed(0)} ms  (target < 1500 ms)`);
  console.log(`  LCP         ${median('lcp').toFixed(0)} ms`);
  console.log(`  TBT         ${median('tbt').toFixed(0)} ms`);
  console.log(`  CLS         ${median('cls').toFixed(3)}`);
}

void main(process.argv[2]);
