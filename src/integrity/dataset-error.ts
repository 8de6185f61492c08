import { byUsefulness, type DatasetIssue, formatIssue } from './issue.js';

const SHOWN = 5;

/**
 * Thrown when a dataset breaks the data rules: by `parseDataset` (from `aukus/schema`) and by
 * `createAtlas`. `issues` lists every problem found; the message shows the first few in the order
 * to fix them (unknown keys and missing fields before the reference errors they cause).
 *
 * `instanceof DatasetError` holds for errors from either entry of the package.
 *
 * @category Errors
 * @example
 * ```ts
 * import { DatasetError } from 'aukus';
 * import { parseDataset } from 'aukus/schema';
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
   * @param issues - The problems found; the message summarises the most useful five.
   */
  constructor(issues: readonly DatasetIssue[]) {
    const shown = byUsefulness(issues)
      .slice(0, SHOWN)
      .map((issue) => `  ${formatIssue(issue)}`)
      .join('\n');
    const more =
      issues.length > SHOWN ? `\n  …and ${issues.length - SHOWN} more, all in error.issues` : '';
    super(
      `aukus: invalid dataset, ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${shown}${more}`,
    );
    this.name = 'DatasetError';
    this.issues = Object.freeze(
      issues.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })),
    );
  }

  /**
   * Each entry of the package is bundled on its own, so an error thrown by `aukus/schema` is built
   * by a different copy of this class than the one `aukus` exports; recognise it by its shape.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return (
      value instanceof Error &&
      value.name === 'DatasetError' &&
      Array.isArray((value as { issues?: unknown }).issues)
    );
  }
}
