/**
 * The app's store (src/app/state/store.ts) reads `localStorage` when the browser has one. Node
 * tests that check app data against the pipeline import it too; in Node there is none.
 */
declare global {
  var localStorage:
    { getItem(key: string): string | null; setItem(key: string, value: string): void } | undefined;
}
export {};
