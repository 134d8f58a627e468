/**
 * The app: loads the dataset, then the shell (header, filters, the current view, details).
 * Loading and error states name what is happening, so the page is never blank.
 */
import { useEffect } from 'react';
import { provideDataset, useDatasetState } from './data/use-dataset';
import { DetailsPanel } from './details/details-panel';
import { rememberReturnPoint } from './features/present/return-point';
import { useStore } from './state/store';
import { startUrlSync } from './state/url-sync';
import { FilterBar } from './shell/filter-bar';
import { Header } from './shell/header';
import { useShellStrings } from './shell/use-strings';
import { ViewOutlet } from './shell/view-outlet';

function useDocumentLocale() {
  const locale = useStore((s) => s.locale);
  const t = useShellStrings();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = locale === 'en' ? 'Diplomap' : `${t.appName} · Diplomap`;
  }, [locale, t]);
}

export function App() {
  const t = useShellStrings();
  const state = useDatasetState();
  const presenting = useStore((s) => s.view === 'present');
  useDocumentLocale();
  // Before the URL sync, so a first address of #/present/N already has a place to return to.
  useEffect(() => rememberReturnPoint(), []);
  useEffect(() => startUrlSync(), []);

  if (state.status === 'loading') {
    return (
      // Keys keep React from reusing the status box's element for the app: a reused element that
      // grows from the box to the page counts as a layout shift.
      <div key="status" className="app-status" role="status">
        <p className="app-name">{t.appName}</p>
        <p>{t.loading}</p>
      </div>
    );
  }
  if (state.status === 'error') {
    return (
      <div key="error" className="app-status" role="alert">
        <h1>{t.loadError}</h1>
        <p>
          <code>{state.error.file}</code> {state.error.reason}
        </p>
        <p className="muted">{t.loadErrorHelp}</p>
      </div>
    );
  }
  provideDataset(state.dataset);
  // Presentation mode hides the chrome (header, filters, details, footer): the slide is the page.
  if (presenting) {
    return (
      <main className="present-main" id="main">
        <ViewOutlet />
      </main>
    );
  }
  return (
    <div key="app" className="app">
      <Header />
      <FilterBar />
      <div className="app-body">
        <main className="view" id="main">
          <ViewOutlet />
        </main>
        <DetailsPanel />
      </div>
      <footer className="app-footer">
        {t.footerCorpus}: {state.dataset.corpus}
      </footer>
    </div>
  );
}
