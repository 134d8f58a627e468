// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Each test imports a fresh app, so the dataset cache in data/load.ts starts empty.
beforeEach(() => {
  vi.resetModules();
  window.location.hash = '';
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function renderApp() {
  const { App } = await import('../../../src/app/app');
  return render(<App />);
}

describe('App loading and error states', () => {
  it('shows a loading message while the data is on its way', async () => {
    vi.stubGlobal('fetch', () => new Promise(() => {}));
    await renderApp();
    expect(screen.getByRole('status').textContent).toContain('Loading');
  });

  it('names the file and the HTTP status when data/dataset.json is missing', async () => {
    vi.stubGlobal('fetch', async () => new Response('not found', { status: 404 }));
    await renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('data/dataset.json');
    expect(alert.textContent).toContain('404');
  });

  it('says what is wrong when the file does not match the data contract', async () => {
    vi.stubGlobal('fetch', async () => Response.json({ schemaVersion: 1, articles: 'nope' }));
    await renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('does not match the data contract');
    expect(alert.textContent).toContain('articles');
  });
});
