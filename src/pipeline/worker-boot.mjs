// Starts the article worker from TypeScript sources: tsx loads it in this thread.
import { tsImport } from 'tsx/esm/api';

await tsImport('./article-worker.ts', import.meta.url);
