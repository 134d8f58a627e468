import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// One config for the site and for both test projects.
// base './' lets dist/ work from any subpath of any static host (hash routes do the rest).
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1200 },
  // JSON modules (the basemap, gazetteer-sized tables) as JSON.parse("…"): V8 parses that far
  // faster than the same data as an object literal.
  json: { stringify: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/pipeline/**/*.test.ts', 'test/app/**/*.test.{ts,tsx}', 'test/shared/**/*.test.ts'],
          environment: 'node',
          env: { TZ: 'UTC' },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          env: { TZ: 'UTC' },
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
