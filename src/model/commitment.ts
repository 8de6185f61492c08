import type { Citation } from './citation.js';
import type { PartialDate } from './dates.js';

/**
 * What a sum of money in the sources is:
 *
 * - `pledge`: a promise to pay or invest, made by a government.
 * - `payment`: money that has moved, as the sources confirm.
 * - `budget`: a government's estimate of what a whole programme will cost.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { CommitmentKind } from 'aukus';
 * const kind: CommitmentKind = 'payment';
 * ```
 */
export type CommitmentKind = 'pledge' | 'payment' | 'budget';

/**
 * Every {@link CommitmentKind}.
 *
 * @category Entities
 * @example
 * ```ts
 * import { COMMITMENT_KINDS } from 'aukus';
 * COMMITMENT_KINDS.includes('budget'); // true
 * ```
 */
export const COMMITMENT_KINDS = /* @__PURE__ */ Object.freeze([
  'pledge',
  'payment',
  'budget',
] as const satisfies readonly CommitmentKind[]);

/**
 * A sum of money exactly as a source states it, in the source's own currency. Never converted:
 * a figure the source also gives in another currency is kept in the record's `note`.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { Amount } from 'aukus';
 * // "between $268 billion and $368 billion": the headline figure, and the range
 * const estimate: Amount = { value: 368e9, currency: 'AUD', low: 268e9, high: 368e9 };
 * ```
 */
export interface Amount {
  /** The figure in whole units of the currency (dollars, pounds), as the source headlines it. */
  readonly value: number;
  /** ISO 4217 code of the currency the source uses, e.g. `AUD`, `GBP`, `USD`. */
  readonly currency: string;
  /** Lower bound, where the source gives a range or says "more than". */
  readonly low?: number;
  /** Upper bound, where the source gives a range or says "up to". */
  readonly high?: number;
}

/**
 * A sum of money in the AUKUS record: a pledge, a payment or a programme budget, with who pays,
 * who receives, and the sources that state it.
 *
 * An instalment points to the commitment it belongs to with `partOf`, so totals never count the
 * same money twice (see `committedTotal`).
 *
 * @category Entities
 * @example
 * ```ts
 * import type { Commitment } from 'aukus';
 * const payment: Commitment = {
 *   id: 'au-us-submarine-industrial-base-payment-2025-02',
 *   kind: 'payment',
 *   payer: 'AU',
 *   recipient: 'US submarine industrial base',
 *   purpose: 'First payment towards the US$3bn for the US submarine industrial base.',
 *   amount: { value: 500e6, currency: 'USD' },
 *   date: '2025-02-07',
 *   partOf: 'au-us-submarine-industrial-base-2025',
 *   pillar: 'pillar-1',
 *   citations: [{ source: 'usni-2025-02-10-australia-500m-payment' }],
 * };
 * ```
 */
export interface Commitment {
  /** Stable id, lowercase words joined by hyphens. */
  readonly id: string;
  /** Pledge, payment or budget. */
  readonly kind: CommitmentKind;
  /** Country id of the government that pays or pledges. */
  readonly payer: string;
  /**
   * Who receives the money: a country id such as `US`, or a named body in the sources' words,
   * such as `US submarine industrial base`.
   */
  readonly recipient: string;
  /** What the money is for, in the sources' terms. */
  readonly purpose: string;
  /** The sum, in the source's own currency. */
  readonly amount: Amount;
  /**
   * When the sources first show it: the day a pledge or budget was announced, or the day a
   * payment was announced or confirmed as made. A partial date where only the month or year is
   * known; the note says why.
   */
  readonly date: PartialDate;
  /** Id of the commitment this one is an instalment or a part of. */
  readonly partOf?: string;
  /** Id of the {@link Pillar} the money serves, where the sources tie it to one. */
  readonly pillar?: string;
  /** Id of the {@link Project} the money funds, where the sources name one. */
  readonly project?: string;
  /** Where the figure is stated, each with the quote that states it. */
  readonly citations: readonly Citation[];
  /** The other currency a source gives, disagreeing sources, an inferred date, other caveats. */
  readonly note?: string;
}
