import { compareText } from '../internal/compare.js';
import { readAsOf, readDateInput } from '../internal/date-input.js';
import { certainStart, earliestDay, formatDay, latestDay } from '../internal/days.js';
import { describe } from '../internal/describe.js';
import { readCountryId, readOneOf } from '../internal/read-inputs.js';
import { COMMITMENT_KINDS, type Commitment, type CommitmentKind } from '../model/commitment.js';
import type { Dataset } from '../model/dataset.js';

/** The slice of a dataset the money queries need. @internal */
export type MoneyData = Pick<Dataset, 'meta' | 'countries' | 'commitments'>;

/** Filters shared by `commitments`, `committedTotal` and `toMoneyRows`. @internal */
export interface CommitmentFilter {
  readonly payer?: unknown;
  readonly recipient?: unknown;
  readonly kind?: unknown;
  readonly from?: unknown;
  readonly to?: unknown;
  /** Day number: only records the sources show by this day. */
  readonly knownBy?: number;
  /** Kinds kept when `kind` is not given, and the only kinds accepted. */
  readonly kinds?: readonly CommitmentKind[];
}

/**
 * Reads a recipient: any well-formed country code, or a named body that the dataset knows (with
 * a hint for a near miss), so a typo never reads as "no money".
 */
function readRecipient(value: unknown, records: readonly Commitment[]): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new TypeError(
      `aukus: recipient must be a country id or a named body such as 'US submarine industrial base', got ${describe(value)}`,
    );
  }
  if (/^[A-Z]{2}$/.test(value)) return value;
  const known = [...new Set(records.map((record) => record.recipient))].sort(compareText);
  if (known.includes(value)) return value;
  const near = known.find((name) => name.toLowerCase() === value.trim().toLowerCase());
  throw new RangeError(
    `aukus: unknown recipient ${describe(value)}; ${
      near ? `did you mean '${near}'?` : `known: ${known.map((name) => `'${name}'`).join(', ')}`
    }`,
  );
}

/** The knownAt / asOf day: the snapshot by default, never after it. @internal */
export function readKnownBy(value: unknown, data: MoneyData, name: string): number {
  return readAsOf(value, data.meta.snapshotDate, name);
}

/**
 * The commitments that pass every filter, in date order (first day each date may stand for),
 * then by id.
 *
 * @internal
 */
export function selectCommitments(data: MoneyData, filter: CommitmentFilter): Commitment[] {
  const records = data.commitments ?? [];
  const payer =
    filter.payer === undefined ? undefined : readCountryId(filter.payer, data.countries, 'payer');
  const recipient =
    filter.recipient === undefined ? undefined : readRecipient(filter.recipient, records);
  const kinds =
    filter.kind === undefined
      ? (filter.kinds ?? COMMITMENT_KINDS)
      : [readOneOf(filter.kind, filter.kinds ?? COMMITMENT_KINDS, 'kind')];
  const first =
    filter.from === undefined ? Number.NEGATIVE_INFINITY : readDateInput(filter.from, 'from');
  const last = filter.to === undefined ? Number.POSITIVE_INFINITY : readDateInput(filter.to, 'to');
  if (first > last) {
    throw new RangeError(
      `aukus: from ${formatDay(first)} is after to ${formatDay(last)}; swap them`,
    );
  }
  const knownBy = filter.knownBy ?? Number.POSITIVE_INFINITY;
  return records
    .filter(
      (record) =>
        (payer === undefined || record.payer === payer) &&
        (recipient === undefined || record.recipient === recipient) &&
        kinds.includes(record.kind) &&
        // A partial date counts in a range when any day it may stand for is in it, but is known
        // only from its last day: the sources show it by then at the latest.
        latestDay(record.date) >= first &&
        earliestDay(record.date) <= last &&
        certainStart(record.date) <= knownBy,
    )
    .map((record) => ({ record, day: earliestDay(record.date) }))
    .sort((a, b) => a.day - b.day || compareText(a.record.id, b.record.id))
    .map(({ record }) => record);
}

/**
 * The records of `selected` that count in a total: those none of whose ancestors (through
 * `partOf`) is also selected, so an instalment never adds to its parent.
 *
 * @internal
 */
export function countedIds(
  selected: readonly Commitment[],
  all: readonly Commitment[],
): ReadonlySet<string> {
  const byId = new Map(all.map((record) => [record.id, record]));
  const chosen = new Set(selected.map((record) => record.id));
  const counted = new Set<string>();
  for (const record of selected) {
    let parent = record.partOf;
    const seen = new Set([record.id]);
    let covered = false;
    while (parent !== undefined && !seen.has(parent)) {
      if (chosen.has(parent)) {
        covered = true;
        break;
      }
      seen.add(parent);
      parent = byId.get(parent)?.partOf;
    }
    if (!covered) counted.add(record.id);
  }
  return counted;
}
