import * as z from 'zod/mini';
import { checkDataset } from '../integrity/check-dataset.js';
import { DatasetError } from '../integrity/dataset-error.js';
import { type DatasetIssue, withRecordIds } from '../integrity/issue.js';
import { markValidated } from '../integrity/validated.js';
import type { Dataset } from '../model/dataset.js';
import {
  citationShape,
  DatasetSchema,
  datasetMetaShape,
  datasetShape,
  pillarNameShape,
} from './entities.js';
import { issueMessage, toDatasetIssues } from './messages.js';

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
export type SafeParseDatasetResult<D extends Dataset = Dataset> =
  | SafeParseDatasetSuccess<D>
  | SafeParseDatasetFailure;

/**
 * A successful {@link safeParseDataset}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { dataset } from 'aukus';
 * import { safeParseDataset } from 'aukus/schema';
 * const result = safeParseDataset(dataset);
 * if (result.success) result.data.meta.version; // '0.2.0'
 * ```
 */
export interface SafeParseDatasetSuccess<D extends Dataset = Dataset> {
  /** Always `true`. */
  readonly success: true;
  /** The validated, deep-frozen copy of the dataset. */
  readonly data: D;
  /** Always empty. */
  readonly issues: readonly [];
  /** Things allowed but worth a look, e.g. a source nothing cites. */
  readonly warnings: readonly DatasetIssue[];
}

/**
 * A failed {@link safeParseDataset}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { safeParseDataset } from 'aukus/schema';
 * const result = safeParseDataset(null);
 * if (!result.success) result.issues.length; // 1
 * ```
 */
export interface SafeParseDatasetFailure {
  /** Always `false`. */
  readonly success: false;
  /** Never set on a failure. */
  readonly data?: undefined;
  /** Every problem found, each with its path. */
  readonly issues: readonly DatasetIssue[];
  /** Things allowed but worth a look, from the collections that could be checked. */
  readonly warnings: readonly DatasetIssue[];
  /** The {@link DatasetError} that {@link parseDataset} would throw. */
  readonly error: DatasetError;
}

const keysOf = (schema: unknown): readonly string[] =>
  Object.keys(
    (schema as { _zod: { def: { innerType: { _zod: { def: { shape: object } } } } } })._zod.def
      .innerType._zod.def.shape,
  );

/** The keys allowed in the object at `path`, for did-you-mean hints. */
function allowedKeys(path: readonly (string | number)[]): readonly string[] | undefined {
  const names = path.filter((key): key is string => typeof key === 'string');
  const last = names.at(-1);
  if (last === undefined) return keysOf(datasetShape);
  if (last === 'meta') return keysOf(datasetMetaShape);
  if (last === 'citations') return keysOf(citationShape);
  if (last === 'names') return keysOf(pillarNameShape);
  const shape = (datasetShape._zod.def.innerType._zod.def.shape as Record<string, unknown>)[last];
  const item = (
    shape as { _zod?: { def?: { innerType?: { _zod?: { def?: { element?: unknown } } } } } }
  )?._zod?.def?.innerType?._zod?.def?.element;
  return item === undefined ? undefined : keysOf(item);
}

function collect(input: unknown): {
  issues: DatasetIssue[];
  warnings: DatasetIssue[];
  data?: Dataset;
} {
  const result = z.safeParse(DatasetSchema, input, { error: issueMessage, reportInput: true });
  if (result.success) {
    const data = result.data as Dataset;
    const { issues, warnings } = checkDataset(data);
    return { issues: [...issues], warnings: [...warnings], data };
  }
  const shapeIssues = withRecordIds(toDatasetIssues(result.error.issues, allowedKeys), input);
  // Check the rules on the collections whose shape is fine, so one run reports everything that
  // can be known, without errors that only follow from a shape already reported.
  const broken = new Set(shapeIssues.map((issue) => String(issue.path[0] ?? '')));
  if (broken.has('') || typeof input !== 'object' || input === null) {
    return { issues: shapeIssues, warnings: [] };
  }
  try {
    const { issues, warnings } = checkDataset(input as Dataset, broken);
    return { issues: [...shapeIssues, ...issues], warnings: [...warnings] };
  } catch {
    // A hostile input (a throwing getter) has already failed its shape.
    return { issues: shapeIssues, warnings: [] };
  }
}

/**
 * Validates any value as a {@link Dataset} and returns a fresh, deep-frozen, typed copy. Checks
 * the shape of every record (no unknown keys, real calendar dates, http(s) URLs) and every data
 * rule of `checkDataset` (unique ids, resolvable references, at least one citation per fact,
 * official claims backed by official sources, ordered dates, no overlapping spells or tenures, no
 * fact after `meta.snapshotDate`). Warnings (a source nothing cites) do not fail it: see
 * {@link safeParseDataset} to read them.
 *
 * The result is remembered as checked, so `createAtlas` does not check it again.
 *
 * Pass the type of your data as `D` (e.g. `parseDataset<typeof myData>(json)`) to keep its
 * literal ids, so an atlas over it rejects a misspelt id at compile time. The type is your
 * promise: the check is of the rules, not of which ids the file holds.
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
export function parseDataset<D extends Dataset = Dataset>(input: unknown): D {
  const { issues, data } = collect(input);
  if (issues.length > 0 || data === undefined) throw new DatasetError(issues);
  markValidated(data);
  return data as D;
}

/**
 * Like {@link parseDataset}, but returns the problems instead of throwing, with the warnings.
 *
 * @param input - Anything.
 * @returns `{ success, data?, issues, warnings }`; on failure also `error`, the
 *   {@link DatasetError} that `parseDataset` would throw.
 * @category Schemas
 * @example
 * ```ts
 * import { safeParseDataset } from 'aukus/schema';
 * const result = safeParseDataset({ meta: {} });
 * if (!result.success) result.issues[0]?.path; // ['meta', 'name']
 * ```
 */
export function safeParseDataset<D extends Dataset = Dataset>(
  input: unknown,
): SafeParseDatasetResult<D> {
  let found: ReturnType<typeof collect>;
  try {
    found = collect(input);
  } catch (error) {
    found = { issues: [{ code: 'invalid-type', path: [], message: String(error) }], warnings: [] };
  }
  const warnings = Object.freeze(found.warnings.map((w) => Object.freeze(w)));
  if (found.issues.length > 0 || found.data === undefined) {
    const error = new DatasetError(found.issues);
    return { success: false, issues: error.issues, warnings, error };
  }
  markValidated(found.data);
  return { success: true, data: found.data as D, issues: [], warnings };
}
