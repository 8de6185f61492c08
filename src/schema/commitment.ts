import * as z from 'zod/mini';
import { type Amount, COMMITMENT_KINDS, type Commitment } from '../model/commitment.js';
import { CitationSchema } from './citation.js';
import { IdSchema, PartialDateSchema, TextSchema } from './primitives.js';

const positive = z
  .number()
  .check(
    z.refine(
      (value) => Number.isFinite(value) && value > 0,
      'Expected a positive, finite number of currency units',
    ),
  );

/** The zod schema behind {@link AmountSchema}, with its inferred type. @internal */
export const amountShape = z.readonly(
  z
    .strictObject({
      value: positive,
      currency: z
        .string()
        .check(z.regex(/^[A-Z]{3}$/, 'Expected an ISO 4217 currency code such as AUD')),
      low: z.exactOptional(positive),
      high: z.exactOptional(positive),
    })
    .check(
      z.refine(
        (amount) =>
          (amount.low === undefined || amount.low <= amount.value) &&
          (amount.high === undefined || amount.value <= amount.high),
        'Expected low ≤ value ≤ high',
      ),
    ),
);

/**
 * Schema of an {@link Amount}: a positive figure, an ISO 4217 code and `low ≤ value ≤ high`.
 *
 * @category Schemas
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { AmountSchema } from 'aukus/schema';
 * z.safeParse(AmountSchema, { value: 4.6e9, currency: 'A$' }).success; // false: not ISO 4217
 * ```
 */
export const AmountSchema: z.ZodMiniType<Amount> = amountShape;

/** The zod schema behind {@link CommitmentSchema}, with its inferred type. @internal */
export const commitmentShape = z.readonly(
  z.strictObject({
    id: IdSchema,
    kind: z.enum(COMMITMENT_KINDS),
    payer: z.string().check(z.regex(/^[A-Z]{2}$/, 'Expected an ISO 3166-1 alpha-2 code')),
    recipient: TextSchema,
    purpose: TextSchema,
    amount: AmountSchema,
    date: PartialDateSchema,
    partOf: z.exactOptional(IdSchema),
    pillar: z.exactOptional(IdSchema),
    project: z.exactOptional(IdSchema),
    citations: z.readonly(z.array(CitationSchema)),
    note: z.exactOptional(TextSchema),
  }),
);

/**
 * Schema of a {@link Commitment}. References (payer, recipient country, `partOf`, pillar,
 * project, sources) are checked by `parseDataset`.
 *
 * @category Schemas
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { CommitmentSchema } from 'aukus/schema';
 * import { dataset } from 'aukus';
 * z.safeParse(CommitmentSchema, dataset.commitments[0]).success; // true
 * ```
 */
export const CommitmentSchema: z.ZodMiniType<Commitment> = commitmentShape;
