/**
 * Loads and validates the dataset once; the result is cached here, not in the store (STYLE.md).
 * A missing or invalid file gives a `DataError` naming the file and the reason.
 */
import type { z } from 'zod';
import { datasetSchema } from '../../shared/schema';
import type { Dataset } from '../../shared/schema';

/** Relative, so the site works from any subpath of a static host. */
export const DATASET_URL = 'data/dataset.json';

export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'DataError';
  }
}

/** Validates parsed JSON against a schema of the contract; throws a DataError listing the first problems. */
export function parseWith<T>(schema: z.ZodType<T>, json: unknown, file: string): T {
  const result = schema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new DataError(file, `does not match the data contract (${problems})`);
  }
  return result.data;
}

export function parseDataset(json: unknown, file = DATASET_URL): Dataset {
  return parseWith(datasetSchema, json, file);
}

/** Fetches a JSON file of the site's own and validates it; every failure is a DataError naming it. */
export async function fetchValidated<T>(
  url: string,
  schema: z.ZodType<T>,
  fetchImpl: typeof fetch = fetch,
): Promise<T> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (e) {
    throw new DataError(url, `could not be fetched (${(e as Error).message})`);
  }
  if (!response.ok) throw new DataError(url, `could not be loaded (HTTP ${response.status})`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DataError(url, 'is not valid JSON');
  }
  return parseWith(schema, json, url);
}

export function fetchDataset(url = DATASET_URL, fetchImpl: typeof fetch = fetch): Promise<Dataset> {
  return fetchValidated(url, datasetSchema, fetchImpl);
}

let cached: Promise<Dataset> | null = null;

/** The dataset, fetched once per page. */
export function loadDataset(): Promise<Dataset> {
  cached ??= fetchDataset();
  return cached;
}
