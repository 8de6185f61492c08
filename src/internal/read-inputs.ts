import type { Country } from '../model/country.js';
import { EVENT_KINDS, type EventKind } from '../model/event.js';
import type { Pillar } from '../model/pillar.js';
import { LADDER_STATUSES, type LadderStatus } from '../model/status.js';
import { OFFICE_ROLES, type OfficeRole } from '../model/tenure.js';
import { countryLookup, normalizeName } from './country-lookup.js';
import { describe } from './describe.js';
import { ALPHA2_HINTS, ASSIGNED_ALPHA2 } from './iso-3166.js';

/** Two upper-case ASCII letters; char codes rather than a regular expression, on the hot path. */
function isAlpha2(value: string): boolean {
  if (value.length !== 2) return false;
  const a = value.charCodeAt(0);
  const b = value.charCodeAt(1);
  return a >= 65 && a <= 90 && b >= 65 && b <= 90;
}

let assigned: Uint8Array | undefined;

/** Whether a two-letter upper-case code is assigned in ISO 3166-1: one table lookup. */
function isAssigned(value: string): boolean {
  if (assigned === undefined) {
    // Built on first use rather than at module load, so importing the package does no work.
    assigned = new Uint8Array(26 * 26);
    for (let i = 0; i < ASSIGNED_ALPHA2.length; i += 2) {
      assigned[(ASSIGNED_ALPHA2.charCodeAt(i) - 65) * 26 + ASSIGNED_ALPHA2.charCodeAt(i + 1) - 65] =
        1;
    }
  }
  return assigned[(value.charCodeAt(0) - 65) * 26 + value.charCodeAt(1) - 65] === 1;
}

const declaredIds = new WeakMap<readonly Country[], ReadonlySet<string>>();

/** Whether a dataset's own countries declare `id`: one set lookup, the set built once per list. */
function isDeclared(id: string, countries: readonly Country[]): boolean {
  let ids = declaredIds.get(countries);
  if (ids === undefined) {
    ids = new Set(countries.map((country) => country.id));
    declaredIds.set(countries, ids);
  }
  return ids.has(id);
}

/** The assigned code an unassigned one stands for, as `'GB' (United Kingdom)`, if any. */
function assignedFor(code: string): string | undefined {
  for (const entry of ALPHA2_HINTS.split('|')) {
    if (entry.startsWith(code)) return `'${entry.slice(2, 4)}' (${entry.slice(4)})`;
  }
  return undefined;
}

/**
 * Reads a country id. An assigned ISO 3166-1 alpha-2 code passes (one the dataset does not know
 * is simply not a member), and so does any id the dataset's own countries declare. Anything else
 * throws a `RangeError`, with a hint when the text stands for a known or assigned country.
 *
 * @internal
 */
export function readCountryId(
  value: unknown,
  countries: readonly Country[],
  name = 'country',
): string {
  // Kept small, so that the engine inlines it into every query; the errors are built apart.
  if (
    typeof value === 'string' &&
    ((isAlpha2(value) && isAssigned(value)) || isDeclared(value, countries))
  ) {
    return value;
  }
  return badCountryId(value, countries, name);
}

/** Throws the error {@link readCountryId} owes a value it does not accept. */
function badCountryId(value: unknown, countries: readonly Country[], name: string): never {
  if (typeof value !== 'string') {
    throw new TypeError(`aukus: ${name} must be a country id such as 'JP', got ${describe(value)}`);
  }
  if (isAlpha2(value)) {
    const instead = assignedFor(value);
    throw new RangeError(
      `aukus: ${name} ${describe(value)} is not an assigned ISO 3166-1 alpha-2 code${
        instead
          ? `; did you mean ${instead}?`
          : "; use a code such as 'JP', or resolveCountry() for names"
      }`,
    );
  }
  const known =
    value.trim() === '' ? undefined : countryLookup(countries).get(normalizeName(value));
  throw new RangeError(
    `aukus: ${name} ${describe(value)} is not an ISO 3166-1 alpha-2 country id${
      known
        ? `; did you mean '${known.id}' (${known.name})?`
        : "; use a code such as 'JP', or resolveCountry() for names"
    }`,
  );
}

/** Reads a pillar id that must exist in the dataset. @internal */
export function readPillarId(value: unknown, pillars: readonly Pillar[], name = 'pillar'): string {
  if (typeof value === 'string') {
    // A loop rather than `some`: no closure on the hot path.
    for (let i = 0; i < pillars.length; i++) if ((pillars[i] as Pillar).id === value) return value;
  }
  return unknownPillar(value, pillars, name);
}

/**
 * Throws for a pillar id the dataset does not know. Apart from {@link readPillarId}, whose hot
 * path would otherwise pay for this function's closure context on every call.
 */
function unknownPillar(value: unknown, pillars: readonly Pillar[], name: string): never {
  const accepted = pillars.map((pillar) => `'${pillar.id}'`).join(', ');
  const guess =
    typeof value === 'number' || typeof value === 'string'
      ? pillars.find((pillar) => String(pillar.number) === String(value).replace(/^pillar\s*/i, ''))
      : undefined;
  const message = `aukus: unknown ${name} ${describe(value)}; ${guess ? `did you mean '${guess.id}'?` : `accepted: ${accepted}`}`;
  throw typeof value === 'string' ? new RangeError(message) : new TypeError(message);
}

/** Reads an optional pillar id. @internal */
export function readOptionalPillarId(
  value: unknown,
  pillars: readonly Pillar[],
): string | undefined {
  return value === undefined ? undefined : readPillarId(value, pillars);
}

/** Reads one of a fixed list of values, or throws naming the value and listing the accepted ones. @internal */
export function readOneOf<T extends string>(
  value: unknown,
  accepted: readonly T[],
  name: string,
  hint = '',
): T {
  if (typeof value === 'string' && (accepted as readonly string[]).includes(value))
    return value as T;
  throw new RangeError(
    `aukus: unknown ${name} ${describe(value)}; accepted: ${accepted.map((a) => `'${a}'`).join(', ')}${hint}`,
  );
}

/** Reads a ladder status. @internal */
export function readLadderStatus(value: unknown, name = 'minStatus'): LadderStatus {
  return readOneOf(
    value,
    LADDER_STATUSES,
    name,
    value === 'ruled-out' ? " ('ruled-out' is not on the ladder)" : '',
  );
}

/** Reads an office role. @internal */
export function readRole(value: unknown): OfficeRole {
  return readOneOf(value, OFFICE_ROLES, 'role');
}

/** Reads an event kind. @internal */
export function readEventKind(value: unknown): EventKind {
  return readOneOf(value, EVENT_KINDS, 'kind');
}
