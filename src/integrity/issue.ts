/**
 * What kind of problem a {@link DatasetIssue} is, so programs can sort or filter them:
 *
 * - shape: `unknown-key`, `missing`, `invalid-type`, `invalid-value`, `invalid-format`,
 *   `invalid-json`;
 * - identity and references: `duplicate-id`, `unknown-reference`;
 * - the data rules: `uncited`, `unofficial-evidence`, `date-order`, `after-snapshot`,
 *   `overlapping-spells`, `overlapping-tenures`, `missing-speaker`, `part-of-loop` (a
 *   commitment that is, through `partOf`, part of itself);
 * - warnings: `unused-source`.
 *
 * @category Errors
 * @example
 * ```ts
 * import type { DatasetIssueCode } from 'aukus';
 * const code: DatasetIssueCode = 'unknown-reference';
 * ```
 */
export type DatasetIssueCode =
  | 'unknown-key'
  | 'missing'
  | 'invalid-type'
  | 'invalid-value'
  | 'invalid-format'
  | 'invalid-json'
  | 'duplicate-id'
  | 'unknown-reference'
  | 'uncited'
  | 'unofficial-evidence'
  | 'date-order'
  | 'after-snapshot'
  | 'overlapping-spells'
  | 'overlapping-tenures'
  | 'missing-speaker'
  | 'part-of-loop'
  | 'unused-source';

/**
 * One problem found in a dataset: where it is, what is wrong and, where one exists, what to do.
 *
 * @category Errors
 * @example
 * ```ts
 * import { formatIssue, type DatasetIssue } from 'aukus';
 * const issue: DatasetIssue = {
 *   code: 'unknown-reference',
 *   path: ['participations', 25, 'pillar'],
 *   record: 'fr-pillar-2-floated-2025',
 *   message: 'Unknown pillar "pillar-two"',
 *   hint: 'did you mean "pillar-2"?',
 * };
 * formatIssue(issue);
 * // 'participations["fr-pillar-2-floated-2025"].pillar: Unknown pillar "pillar-two"; did you mean "pillar-2"?'
 * ```
 */
export interface DatasetIssue {
  /** What kind of problem it is. */
  readonly code: DatasetIssueCode;
  /** Keys and indexes from the dataset's root to the bad value, e.g. `['participations', 25, 'pillar']`. */
  readonly path: readonly (string | number)[];
  /** The id of the record at `path[1]`, when it has a well-formed id of its own. */
  readonly record?: string;
  /** What is wrong, in plain words. */
  readonly message: string;
  /** What to do about it: a did-you-mean, or the fix. */
  readonly hint?: string;
}

/**
 * Renders a path such as `['participations', 3, 'from']` as `participations[3].from`, or, given
 * the id of the record it passes through, as `participations["jp-pillar-2-consultation-2024"].from`,
 * the form a person can search for in the file.
 *
 * @param path - Keys and indexes, as in {@link DatasetIssue.path}.
 * @param record - The id of the record at `path[1]`, if known.
 * @returns The path as text; `(root)` for the empty path.
 * @category Errors
 * @example
 * ```ts
 * import { formatIssuePath } from 'aukus';
 * formatIssuePath(['participations', 3, 'from']); // 'participations[3].from'
 * formatIssuePath(['participations', 3, 'from'], 'jp-ruled-out-2021'); // 'participations["jp-ruled-out-2021"].from'
 * ```
 */
export function formatIssuePath(path: readonly (string | number)[], record?: string): string {
  let text = '';
  path.forEach((key, index) => {
    if (index === 1 && record !== undefined && typeof key === 'number') {
      text += `[${JSON.stringify(record)}]`;
    } else {
      text += typeof key === 'number' ? `[${key}]` : text === '' ? key : `.${key}`;
    }
  });
  return text === '' ? '(root)' : text;
}

/**
 * One issue as a line: where (by record id when known), what, and the hint.
 *
 * @param issue - A {@link DatasetIssue}.
 * @returns E.g. `countries[0]: Unknown key "flag"`.
 * @category Errors
 * @example
 * ```ts
 * import { formatIssue } from 'aukus';
 * formatIssue({ code: 'missing', path: ['meta'], message: 'Required object is missing' });
 * // 'meta: Required object is missing'
 * ```
 */
export function formatIssue(issue: DatasetIssue): string {
  const where = formatIssuePath(issue.path, issue.record);
  return `${where}: ${issue.message}${issue.hint === undefined ? '' : `; ${issue.hint}`}`;
}

const USEFULNESS: readonly DatasetIssueCode[] = [
  'invalid-json',
  'unknown-key',
  'missing',
  'invalid-type',
  'invalid-value',
  'invalid-format',
  'duplicate-id',
  'missing-speaker',
  'date-order',
  'after-snapshot',
  'uncited',
  'unofficial-evidence',
  'overlapping-tenures',
  'overlapping-spells',
  'unknown-reference',
  'unused-source',
];

/**
 * The issues in the order a person should fix them: mistakes in the shape (an unknown key, a
 * missing field) first, knock-on reference errors last. The sort is stable.
 *
 * @internal
 */
export function byUsefulness(issues: readonly DatasetIssue[]): DatasetIssue[] {
  return [...issues].sort((a, b) => USEFULNESS.indexOf(a.code) - USEFULNESS.indexOf(b.code));
}

/**
 * Adds the record id to each issue whose path passes through a record with a unique, string id,
 * so messages can name it (`participations["nz-member-2030"]`). Reads the input defensively: it
 * may be anything.
 *
 * @internal
 */
export function withRecordIds(issues: readonly DatasetIssue[], input: unknown): DatasetIssue[] {
  const unique = new Map<string, Map<number, string>>();
  const idsOf = (collection: string): Map<number, string> => {
    let found = unique.get(collection);
    if (found !== undefined) return found;
    found = new Map();
    const list =
      typeof input === 'object' && input !== null ? Reflect.get(input, collection) : undefined;
    if (Array.isArray(list)) {
      const count = new Map<string, number>();
      const ids = list.map((record: unknown) => {
        const id =
          typeof record === 'object' && record !== null ? Reflect.get(record, 'id') : undefined;
        if (typeof id === 'string') count.set(id, (count.get(id) ?? 0) + 1);
        return id;
      });
      ids.forEach((id, index) => {
        if (typeof id === 'string' && id !== '' && count.get(id) === 1) found?.set(index, id);
      });
    }
    unique.set(collection, found);
    return found;
  };
  return issues.map((issue) => {
    const [collection, index] = issue.path;
    if (issue.record !== undefined || typeof collection !== 'string' || typeof index !== 'number') {
      return issue;
    }
    let id: string | undefined;
    try {
      id = idsOf(collection).get(index);
    } catch {
      id = undefined; // A hostile input (a throwing getter) keeps its index-only path.
    }
    return id === undefined ? issue : { ...issue, record: id };
  });
}
