/** Placeholder until the minerals view lands; the shell lazy-loads this module's default export. */
export default function MineralsView() {
  return <p className="placeholder">The minerals view is not built yet.</p>;
}
