import type { PartialDate } from './dates.js';

/**
 * What kind of document a {@link Source} is.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { SourceKind } from 'aukus';
 * const kind: SourceKind = 'fact-sheet';
 * ```
 */
export type SourceKind =
  | 'statement'
  | 'transcript'
  | 'fact-sheet'
  | 'legislation'
  | 'parliamentary-record'
  | 'news-report'
  | 'analysis';

/**
 * Every {@link SourceKind}.
 *
 * @category Entities
 * @example
 * ```ts
 * import { SOURCE_KINDS } from 'aukus';
 * SOURCE_KINDS.length; // 7
 * ```
 */
export const SOURCE_KINDS = /* @__PURE__ */ Object.freeze([
  'statement',
  'transcript',
  'fact-sheet',
  'legislation',
  'parliamentary-record',
  'news-report',
  'analysis',
] as const satisfies readonly SourceKind[]);

/**
 * A document that facts are cited from, recorded exactly as it was read.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { Source } from 'aukus';
 * const source: Source = {
 *   id: 'hansard-2021-09-16-commons-aukus',
 *   title: 'Hansard, House of Commons, 16 September 2021',
 *   publisher: 'UK Parliament',
 *   url: 'https://hansard.parliament.uk/Commons/2021-09-16/debates/4835BC3D-E0BF-43E0-9A3B-9BCC5B77DF7F/details',
 *   published: '2021-09-16',
 *   kind: 'parliamentary-record',
 *   official: true,
 * };
 * ```
 */
export interface Source {
  /** Stable id, lowercase words joined by hyphens. Never reused for another document. */
  readonly id: string;
  /** The document's title as published, or a descriptive title where it has none. */
  readonly title: string;
  /** Who published the page that was read (a mirror names itself and the original in `note`). */
  readonly publisher: string;
  /** The http(s) address the document was read at. */
  readonly url: string;
  /** Publication date, as precise as the page gives it. */
  readonly published: PartialDate;
  /** What kind of document it is. */
  readonly kind: SourceKind;
  /** True for a government or parliamentary publication (or an archived copy of one). */
  readonly official: boolean;
  /** Anything a reader must know: a mirror, a translation, a disagreement with another source. */
  readonly note?: string;
}
