/**
 * Serves the built site (E2E_DIST, default dist/) for the browser tests. `npm run test:e2e`
 * builds it first. The URL reaches tests through `inject('baseUrl')`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const dist = process.env.E2E_DIST ?? 'dist';
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist}/index.html is missing: build the site first (npm run test:e2e does).`);
  }
  const server = await serveStatic(dist);
  project.provide('baseUrl', server.url);
  project.provide('distDir', dist);
  return () => server.close();
}
