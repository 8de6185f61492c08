import * as z from 'zod/mini';
import type { Dataset } from '../model/dataset.js';
import { DatasetSchema } from './entities.js';
import { DatasetError, type DatasetIssue } from './error.js';
import { integrityIssues } from './integrity.js';
import { issueMessage } from './messages.js';

/**
 * The result of {@link safeParseDataset}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { safeParseDataset, type SafeParseDatasetResult } from 'aukus/schema';
 * const result: SafeParseDatasetResult = safeParseDataset({});
 * result.success; // false
 * ```
 */
export type SafeParseDatasetResult = SafeParseDatasetSuccess | SafeParseDatasetFailure;

/**
 * A successful {@link safeParseDataset}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { dataset } from 'aukus';
 * import { safeParseDataset } from 'aukus/schema';
 * const result = safeParseDataset(dataset);
 * if (result.success) result.data.meta.version; // '0.1.0'
 * ```
 */
export interface SafeParseDatasetSuccess {
  /** Always `true`. */
  readonly success: true;
  /** The validated copy of the dataset. */
  readonly data: Dataset;
}

/**
 * A failed {@link safeParseDataset}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { safeParseDataset } from 'aukus/schema';
 * const result = safeParseDataset(null);
 * if (!result.success) result.error.issues.length; // 1
 * ```
 */
export interface SafeParseDatasetFailure {
  /** Always `false`. */
  readonly success: false;
  /** Every problem found, each with its path. */
  readonly error: DatasetError;
}

function collectIssues(input: unknown): { issues: DatasetIssue[]; data?: Dataset } {
  const result = z.safeParse(DatasetSchema, input, { error: issueMessage });
  const shapeIssues: DatasetIssue[] = result.success
    ? []
    : result.error.issues.map((issue) => ({
        path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
        message: issue.message,
      }));
  if (result.success) {
    return {
      issues: integrityIssues(result.data as Dataset, new Set()),
      data: result.data as Dataset,
    };
  }
  // Check the integrity of the collections whose shape is fine, so one run reports everything
  // that can be known.
  const broken = new Set(shapeIssues.map((issue) => String(issue.path[0] ?? '')));
  if (broken.has('') || typeof input !== 'object' || input === null) return { issues: shapeIssues };
  const partial = input as Dataset;
  let more: DatasetIssue[] = [];
  try {
    more = integrityIssues(partial, broken);
  } catch {
    // A collection missing from the input entirely has already been reported by its shape.
  }
  return { issues: [...shapeIssues, ...more] };
}

/**
 * Validates any value as a {@link Dataset} and returns a fresh, typed copy. Checks the shape of
 * every record (no unknown keys, real calendar dates, http(s) URLs) and the dataset's integrity:
 * unique ids per collection, every reference resolvable, `from ≤ to`, no overlapping spells of
 * the same country, pillar and claim, and no fact after `meta.snapshotDate`.
 *
 * @param input - Anything, e.g. the result of `JSON.parse`.
 * @returns The dataset.
 * @throws {@link DatasetError} listing every problem with its path.
 * @category Schemas
 * @example
 * ```ts
 * import { dataset } from 'aukus';
 * import { parseDataset } from 'aukus/schema';
 * const copy = parseDataset(JSON.parse(JSON.stringify(dataset)));
 * copy.meta.snapshotDate; // '2026-06-22'
 * ```
 */
export function parseDataset(input: unknown): Dataset {
  const { issues, data } = collectIssues(input);
  if (issues.length > 0 || data === undefined) throw new DatasetError(issues);
  return data;
}

/**
 * Like {@link parseDataset}, but returns the problems instead of throwing.
 *
 * @param input - Anything.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 * @category Schemas
 * @example
 * ```ts
 * import { safeParseDataset } from 'aukus/schema';
 * const result = safeParseDataset({ meta: {} });
 * if (!result.success) result.error.issues[0]?.path; // ['meta', 'name']
 * ```
 */
export function safeParseDataset(input: unknown): SafeParseDatasetResult {
  try {
    return { success: true, data: parseDataset(input) };
  } catch (error) {
    if (error instanceof DatasetError) return { success: false, error };
    return { success: false, error: new DatasetError([{ path: [], message: String(error) }]) };
  }
}
