/** Placeholder until the timeline view lands; the shell lazy-loads this module's default export. */
export default function TimelineView() {
  return <p className="placeholder">The timeline view is not built yet.</p>;
}
