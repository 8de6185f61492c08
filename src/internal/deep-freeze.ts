/**
 * Freezes a value and everything reachable from it, so one caller can never change what another
 * caller sees. Returns the same value, typed as given.
 *
 * Seed modules call it with a `@__PURE__` annotation: a bundler drops the call, and the data,
 * when nothing imports the collection.
 *
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) {
      deepFreeze((value as Record<string, unknown>)[key]);
    }
  }
  return value;
}
