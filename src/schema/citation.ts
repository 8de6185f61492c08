import * as z from 'zod/mini';
import type { Citation } from '../model/citation.js';
import { IdSchema, TextSchema } from './primitives.js';

/** The zod schema behind {@link CitationSchema}, with its inferred type. @internal */
export const citationShape = z.readonly(
  z.strictObject({
    source: IdSchema,
    quote: z.exactOptional(TextSchema),
    locator: z.exactOptional(TextSchema),
  }),
);

/**
 * Schema of a {@link Citation}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { CitationSchema } from 'aukus/schema';
 * z.safeParse(CitationSchema, { source: 'x', page: 2 }).success; // false: unknown key
 * ```
 */
export const CitationSchema: z.ZodMiniType<Citation> = citationShape;
