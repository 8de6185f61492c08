import type { Citation } from './citation.js';
import type { PartialDate } from './dates.js';

/**
 * What kind of thing happened.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { EventKind } from 'aukus';
 * const kind: EventKind = 'meeting';
 * ```
 */
export type EventKind =
  | 'statement'
  | 'meeting'
  | 'agreement'
  | 'legislation'
  | 'report'
  | 'exercise'
  | 'review';

/**
 * Every {@link EventKind}.
 *
 * @category Entities
 * @example
 * ```ts
 * import { EVENT_KINDS } from 'aukus';
 * EVENT_KINDS.includes('exercise'); // true
 * ```
 */
export const EVENT_KINDS = /* @__PURE__ */ Object.freeze([
  'statement',
  'meeting',
  'agreement',
  'legislation',
  'report',
  'exercise',
  'review',
] as const satisfies readonly EventKind[]);

/**
 * How well a fact is attested, following the confidence labels of the source timeline:
 *
 * - `primary`: found verbatim in an official text.
 * - `secondary`: quoted verbatim, but only in news reports or mirrors.
 * - `paraphrase`: paraphrased in reporting; no verbatim official text found.
 * - `media-only`: the claim exists only as a media report or analysis.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { Confidence } from 'aukus';
 * const confidence: Confidence = 'primary';
 * ```
 */
export type Confidence = 'primary' | 'secondary' | 'paraphrase' | 'media-only';

/**
 * Every {@link Confidence}, strongest first.
 *
 * @category Entities
 * @example
 * ```ts
 * import { CONFIDENCES } from 'aukus';
 * CONFIDENCES[0]; // 'primary'
 * ```
 */
export const CONFIDENCES = /* @__PURE__ */ Object.freeze([
  'primary',
  'secondary',
  'paraphrase',
  'media-only',
] as const satisfies readonly Confidence[]);

/**
 * Something that happened on a date: a statement, a meeting, an agreement, a report.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { Event } from 'aukus';
 * const event: Event = {
 *   id: '2021-09-15-aukus-announced',
 *   date: '2021-09-15',
 *   kind: 'statement',
 *   title: 'AUKUS announced',
 *   summary: 'Biden, Johnson and Morrison announce AUKUS.',
 *   countries: ['AU', 'GB', 'US'],
 *   pillars: ['pillar-1', 'pillar-2'],
 *   confidence: 'primary',
 *   citations: [{ source: 'wh-2021-09-15-joint-leaders-statement' }],
 * };
 * ```
 */
export interface Event {
  /** Stable id, starting with the date. */
  readonly id: string;
  /** When it happened, as precise as the sources allow. */
  readonly date: PartialDate;
  /** What kind of event it is. */
  readonly kind: EventKind;
  /** A short headline. */
  readonly title: string;
  /** One or two sentences, in the sources' terms. */
  readonly summary: string;
  /** Ids of the countries involved or named. */
  readonly countries: readonly string[];
  /** Ids of the pillars concerned; empty when it concerns membership or neither pillar. */
  readonly pillars: readonly string[];
  /** How well the event is attested. */
  readonly confidence: Confidence;
  /** The evidence. */
  readonly citations: readonly Citation[];
  /** An inferred date, disagreeing sources, or other caveats. */
  readonly note?: string;
}
