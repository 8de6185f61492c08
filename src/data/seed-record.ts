/**
 * A record of the seed dataset: the model's type, with its `id` narrowed to the seed's literal
 * union, so a misspelt id is a compile error while optional fields stay easy to read.
 *
 * @category Entities
 * @example
 * ```ts
 * import { participations, type SeedRecord, type Participation, type ParticipationId } from 'aukus';
 * const first: SeedRecord<Participation, ParticipationId> | undefined = participations[0];
 * first?.to; // undefined: the founding members' spells are still open
 * ```
 */
export type SeedRecord<
  T extends {
    /** Any record id. */
    readonly id: string;
  },
  Id extends string,
> = T & {
  /** The record's id: one of the seed's literal ids. */
  readonly id: Id;
};
