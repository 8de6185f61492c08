import type * as z from 'zod/mini';

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
