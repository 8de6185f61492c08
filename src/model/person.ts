/**
 * A person who appears in the data as an office holder or a speaker.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { Person } from 'aukus';
 * const person: Person = { id: 'anthony-albanese', name: 'Anthony Albanese' };
 * ```
 */
export interface Person {
  /** Stable id: the name in lowercase words joined by hyphens. */
  readonly id: string;
  /** Name as commonly written in English. */
  readonly name: string;
}
