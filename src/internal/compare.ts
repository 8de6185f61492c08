/**
 * Orders two strings by code unit, the same on every machine (unlike `localeCompare`).
 *
 * @internal
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
