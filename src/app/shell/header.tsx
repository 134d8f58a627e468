/** The header: app name, the views as tabs (links to their hash routes), and the language switch. */
import { useStore } from '../state/store';
import type { UiLocale, View } from '../state/store';
import { ExportButton } from '../features/export/export-button';
import { useShellStrings } from './use-strings';

export const NAV_VIEWS = [
  'map',
  'minerals',
  'relations',
  'timeline',
  'sources',
] as const satisfies readonly View[];

const LOCALES: { id: UiLocale; label: string }[] = [
  { id: 'en', label: 'English' },
  { id: 'bn', label: 'বাংলা' },
  { id: 'hi', label: 'हिन्दी' },
];

export function Header() {
  const t = useShellStrings();
  const view = useStore((s) => s.view);
  const locale = useStore((s) => s.locale);
  const setView = useStore((s) => s.setView);
  const setLocale = useStore((s) => s.setLocale);
  return (
    <header className="app-header">
      <div className="brand">
        <span className="app-name">{t.appName}</span>
        <span className="tagline">{t.tagline}</span>
      </div>
      <nav aria-label={t.views} className="view-tabs">
        {NAV_VIEWS.map((v) => (
          <a
            key={v}
            href={`#/${v}`}
            data-view={v}
            aria-current={view === v ? 'page' : undefined}
            // The link keeps its address for "open in new tab"; a plain click keeps the filters.
            onClick={(e) => {
              if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
              e.preventDefault();
              setView(v);
            }}
          >
            {t[v]}
          </a>
        ))}
      </nav>
      <a className="present-link" href="#/present/1" data-view="present">
        {t.present}
      </a>
      <ExportButton />
      <div role="group" aria-label={t.language} className="locale-switch">
        {LOCALES.map((l) => (
          <button
            key={l.id}
            type="button"
            lang={l.id}
            aria-pressed={locale === l.id}
            onClick={() => setLocale(l.id)}
          >
            {l.label}
          </button>
        ))}
      </div>
    </header>
  );
}
