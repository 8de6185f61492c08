/**
 * A pointer from a fact to the source that states it.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { Citation } from 'aukus';
 * const citation: Citation = {
 *   source: 'wh-2021-09-15-joint-leaders-statement',
 *   quote: 'These initial efforts will focus on cyber capabilities, ...',
 * };
 * ```
 */
export interface Citation {
  /** Id of a {@link Source} in the same dataset. */
  readonly source: string;
  /** Words quoted verbatim from the source, where the fact rests on a quote. */
  readonly quote?: string;
  /** Where in the source the fact stands: a section, a paragraph, a page, a speaker. */
  readonly locator?: string;
}
