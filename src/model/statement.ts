import type { Citation } from './citation.js';
import type { PartialDate } from './dates.js';

/**
 * A quote: exact words, who said or issued them, and when.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { Statement } from 'aukus';
 * const quote: Statement = {
 *   id: 'albanese-2024-04-09-no-expansion',
 *   date: '2024-04-09',
 *   speaker: 'anthony-albanese',
 *   text: 'What is not proposed is to expand the membership of AUKUS.',
 *   event: '2024-04-09-albanese-press-conference',
 *   citations: [{ source: 'transcript-2024-04-09-albanese-marles' }],
 * };
 * ```
 */
export interface Statement {
  /** Stable id. */
  readonly id: string;
  /** When the words were said or published. */
  readonly date: PartialDate;
  /** Id of the {@link Person} who said it, when one person did. */
  readonly speaker?: string;
  /** The body that issued it, when it is a joint or institutional text, e.g. `AUKUS defence ministers`. */
  readonly issuer?: string;
  /** The exact words, as the cited source gives them. */
  readonly text: string;
  /** Id of the {@link Event} it belongs to. */
  readonly event?: string;
  /** Where the words are found. */
  readonly citations: readonly Citation[];
  /** Translation, spelling variants between copies, or other caveats. */
  readonly note?: string;
}
