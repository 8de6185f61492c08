/** Freezes each object and array as `JSON.parse` builds it: children come before their parent. */
function freezeEach(_key: string, value: unknown): unknown {
  return typeof value === 'object' && value !== null ? Object.freeze(value) : value;
}

/**
 * Parses JSON text into deep-frozen data in one pass. The build ships each seed collection as
 * JSON text read with this (scripts/seed-as-json.mjs): V8 scans a string and parses JSON much
 * faster than it compiles an object literal of the same size, and freezing while parsing, while
 * each object is fresh, costs less than walking the finished tree again.
 *
 * @internal
 */
export function parseFrozen<T>(text: string): T {
  return JSON.parse(text, freezeEach) as T;
}
