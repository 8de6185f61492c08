import type * as z from 'zod/mini';
import type { DatasetIssue, DatasetIssueCode } from '../integrity/issue.js';
import { closest } from '../internal/suggest.js';

function received(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  if (input === undefined) return 'nothing';
  return typeof input === 'object' ? 'an object' : `${typeof input} ${JSON.stringify(input)}`;
}

/**
 * Plain-English messages for zod issues. `zod/mini` ships no messages by default, and loading
 * zod's locale globally would change every other zod user in the app, so parse calls pass this.
 *
 * @internal
 */
export function issueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `Required ${issue.expected} is missing`
        : `Expected ${issue.expected}, got ${received(issue.input)}`;
    case 'unrecognized_keys':
      return `Unknown key${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}`;
    case 'invalid_value':
      return `Expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, got ${received(issue.input)}`;
    case 'too_small':
      return `Too small: expected at least ${String(issue.minimum)}`;
    case 'invalid_format':
      return `Invalid format: expected ${issue.format}`;
    default:
      return issue.message ?? 'Invalid value';
  }
}

/** Words people use for a field under another name, mapped to the field's name in this format. */
const SYNONYMS: Readonly<Record<string, string>> = {
  sources: 'citations',
  source: 'citations',
  references: 'citations',
  refs: 'citations',
  cites: 'citations',
  evidence: 'citations',
  start: 'from',
  since: 'from',
  begin: 'from',
  end: 'to',
  until: 'to',
  notes: 'note',
  comment: 'note',
  type: 'kind',
  link: 'url',
  href: 'url',
  country: 'countries',
  pillar: 'pillars',
};

/** The key a person probably meant by an unknown `key`, among the object's `allowed` keys. */
function meantKey(key: string, allowed: readonly string[]): string | undefined {
  const synonym = SYNONYMS[key.toLowerCase()];
  if (synonym !== undefined && allowed.includes(synonym)) return synonym;
  return closest(key, allowed);
}

/**
 * Turns zod's final issues into {@link DatasetIssue}s: a code for each, a did-you-mean for an
 * unknown key (merged with the "missing" issue of the key it stands for, so one mistake is one
 * issue) and for a value in the wrong case or spelling.
 *
 * @param issues - zod's issues, parsed with `reportInput: true`.
 * @param allowedKeys - The keys of the object at a path, or `undefined` when unknown.
 * @internal
 */
export function toDatasetIssues(
  issues: readonly z.core.$ZodIssue[],
  allowedKeys: (path: readonly (string | number)[]) => readonly string[] | undefined,
): DatasetIssue[] {
  const path = (issue: z.core.$ZodIssue) =>
    issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
  const pathKey = (p: readonly (string | number)[]) => JSON.stringify(p);
  const missing = new Set(
    issues
      .filter((issue) => issue.code === 'invalid_type' && issue.input === undefined)
      .map((issue) => pathKey(path(issue))),
  );
  const absorbed = new Set<string>();
  const result: DatasetIssue[] = [];
  for (const issue of issues) {
    const at = path(issue);
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeys(at) ?? [];
      for (const key of issue.keys) {
        const meant = meantKey(key, allowed);
        if (meant !== undefined && missing.has(pathKey([...at, meant]))) {
          absorbed.add(pathKey([...at, meant]));
        }
        result.push({
          code: 'unknown-key',
          path: at,
          message: `Unknown key ${JSON.stringify(key)}`,
          hint:
            meant === undefined
              ? `allowed: ${allowed.map((name) => JSON.stringify(name)).join(', ')}`
              : `did you mean ${JSON.stringify(meant)}?`,
        });
      }
      continue;
    }
    let code: DatasetIssueCode = 'invalid-format';
    let hint: string | undefined;
    if (issue.code === 'invalid_type')
      code = issue.input === undefined ? 'missing' : 'invalid-type';
    else if (issue.code === 'invalid_value' || issue.code === 'too_small') code = 'invalid-value';
    if (issue.code === 'invalid_value' && typeof issue.input === 'string') {
      const meant = closest(issue.input, issue.values.map(String));
      if (meant !== undefined) hint = `did you mean ${JSON.stringify(meant)}?`;
    }
    result.push(
      hint === undefined
        ? { code, path: at, message: issue.message }
        : { code, path: at, message: issue.message, hint },
    );
  }
  return result.filter((issue) => !(issue.code === 'missing' && absorbed.has(pathKey(issue.path))));
}
