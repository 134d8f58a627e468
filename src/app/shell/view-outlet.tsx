/**
 * Shows the current view. Every view is its own lazily loaded chunk; other helpers own the
 * minerals, relations and timeline modules, so only their default export is used here.
 */
import { Component, lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import { useStore } from '../state/store';
import type { View } from '../state/store';
import { useShellStrings } from './use-strings';

const VIEWS = {
  map: lazy(() => import('../features/map/map-view')),
  minerals: lazy(() => import('../features/minerals/minerals-view')),
  relations: lazy(() => import('../features/relations/relations-view')),
  timeline: lazy(() => import('../features/timeline/timeline-view')),
  sources: lazy(() => import('../features/sources/sources-view')),
} satisfies Partial<Record<View, unknown>>;

/** Keeps a crash in one view from blanking the page; resets when the view changes. */
class ViewBoundary extends Component<{ message: string; children: ReactNode }, { error: Error | null }> {
  state: { error: Error | null } = { error: null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  render() {
    if (this.state.error) {
      return (
        <div role="alert" className="error-box">
          <p>{this.props.message}</p>
          <pre>{this.state.error.message}</pre>
        </div>
      );
    }
    return this.props.children;
  }
}

/** Presentation mode draws each slide with the same views, through ViewSlot (no feature imports another). */
const PresentView = lazy(() => import('../features/present/present-view'));

/** One view, in its own boundary and Suspense; the presentation's slides use it too. */
export function ViewSlot({ view }: { view: keyof typeof VIEWS }) {
  const t = useShellStrings();
  const Current = VIEWS[view];
  return (
    <ViewBoundary key={view} message={t.viewError}>
      <Suspense fallback={<p className="loading">{t.loading}</p>}>
        <Current />
      </Suspense>
    </ViewBoundary>
  );
}

export function ViewOutlet() {
  const t = useShellStrings();
  const view = useStore((s) => s.view);
  if (view !== 'present') return <ViewSlot view={view} />;
  return (
    <ViewBoundary key={view} message={t.viewError}>
      <Suspense fallback={<p className="loading">{t.loading}</p>}>
        <PresentView Slot={ViewSlot} />
      </Suspense>
    </ViewBoundary>
  );
}
