/** Placeholder until the relations view lands; the shell lazy-loads this module's default export. */
export default function RelationsView() {
  return <p className="placeholder">The relations view is not built yet.</p>;
}
