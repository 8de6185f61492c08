import * as z from 'zod/mini';
import { isPartialDate } from '../internal/days.js';

const PARTIAL_DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * A date as stored in the dataset: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, and a real calendar date.
 *
 * @category Schemas
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { PartialDateSchema } from 'aukus/schema';
 * z.safeParse(PartialDateSchema, '2024-02-30').success; // false
 * ```
 */
export const PartialDateSchema = z.string().check(
  // abort: a malformed date is one problem, not also an unreal one.
  z.regex(PARTIAL_DATE_PATTERN, {
    message: 'Expected a date as YYYY-MM-DD, YYYY-MM or YYYY',
    abort: true,
  }),
  z.refine(isPartialDate, 'Not a real calendar date'),
);

/**
 * A full calendar date `YYYY-MM-DD`.
 *
 * @category Schemas
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { FullDateSchema } from 'aukus/schema';
 * z.safeParse(FullDateSchema, '2025-12-10').success; // true
 * ```
 */
export const FullDateSchema = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Expected a full date as YYYY-MM-DD', abort: true }),
    z.refine(isPartialDate, 'Not a real calendar date'),
  );

/**
 * A record id: lowercase letters, digits and hyphens, or an upper-case ISO code for countries.
 *
 * @category Schemas
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { IdSchema } from 'aukus/schema';
 * z.safeParse(IdSchema, 'pillar-2').success; // true
 * ```
 */
export const IdSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'Expected an id of letters, digits and hyphens'));

/**
 * A non-empty string without leading or trailing white space.
 *
 * @category Schemas
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { TextSchema } from 'aukus/schema';
 * z.safeParse(TextSchema, '').success; // false
 * ```
 */
export const TextSchema = z
  .string()
  .check(
    z.minLength(1, 'Expected a non-empty string'),
    z.regex(/^(\S(.*\S)?)?$/s, 'Expected no leading or trailing white space'),
  );

/**
 * An absolute `http:` or `https:` URL.
 *
 * @category Schemas
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { HttpUrlSchema } from 'aukus/schema';
 * z.safeParse(HttpUrlSchema, 'javascript:alert(1)').success; // false
 * ```
 */
export const HttpUrlSchema = z.string().check(
  // abort: the pattern (which the JSON Schema keeps) and the parse are one problem, reported once.
  z.regex(/^https?:\/\/[^\s/]+/, { message: 'Expected an http(s) URL', abort: true }),
  z.refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'Expected an http(s) URL'),
);
