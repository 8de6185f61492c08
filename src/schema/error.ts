/**
 * One problem found in a dataset: where it is and what is wrong.
 *
 * @category Errors
 * @example
 * ```ts
 * import type { DatasetIssue } from 'aukus/schema';
 * const issue: DatasetIssue = { path: ['participations', 3, 'from'], message: 'Not a real calendar date' };
 * ```
 */
export interface DatasetIssue {
  /** Keys and indexes from the dataset's root to the bad value. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in plain words. */
  readonly message: string;
}

/**
 * Renders a path such as `['participations', 3, 'from']` as `participations[3].from`.
 *
 * @category Errors
 * @example
 * ```ts
 * import { formatIssuePath } from 'aukus/schema';
 * formatIssuePath(['participations', 3, 'from']); // 'participations[3].from'
 * ```
 */
export function formatIssuePath(path: readonly (string | number)[]): string {
  let text = '';
  for (const key of path) {
    text += typeof key === 'number' ? `[${key}]` : text === '' ? key : `.${key}`;
  }
  return text === '' ? '(root)' : text;
}

/**
 * Thrown by `parseDataset` when a dataset is invalid. `issues` lists every problem found.
 *
 * @category Errors
 * @example
 * ```ts
 * import { DatasetError, parseDataset } from 'aukus/schema';
 * try {
 *   parseDataset({});
 * } catch (error) {
 *   if (error instanceof DatasetError) error.issues.length > 0; // true
 * }
 * ```
 */
export class DatasetError extends Error {
  /** Every problem found, each with its path. */
  readonly issues: readonly DatasetIssue[];

  /**
   * Creates the error from the problems found.
   *
   * @param issues - The problems found; the message summarises the first five.
   */
  constructor(issues: readonly DatasetIssue[]) {
    const shown = issues
      .slice(0, 5)
      .map((issue) => `  ${formatIssuePath(issue.path)}: ${issue.message}`)
      .join('\n');
    const more = issues.length > 5 ? `\n  …and ${issues.length - 5} more` : '';
    super(
      `aukus: invalid dataset, ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${shown}${more}`,
    );
    this.name = 'DatasetError';
    this.issues = Object.freeze(
      issues.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })),
    );
  }
}
