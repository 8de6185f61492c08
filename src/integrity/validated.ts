import type { Dataset } from '../model/dataset.js';

// Each entry of the package is bundled on its own (`aukus` and `aukus/schema` each hold a copy of
// this module), so the set of checked datasets lives on a registered symbol that both copies find.
// The number names the rule set: a copy with other rules keeps its own set.
const KEY = Symbol.for('aukus.validated-datasets.v2');

function registry(): WeakSet<object> {
  const holder = globalThis as { [KEY]?: WeakSet<object> };
  holder[KEY] ??= new WeakSet();
  return holder[KEY];
}

/**
 * Remembers that `data` passed every rule. Only frozen objects are remembered: a dataset that
 * can still change could break a rule after the check.
 *
 * @internal
 */
export function markValidated(data: Dataset): void {
  if (Object.isFrozen(data)) registry().add(data);
}

/** True when `data` passed every rule and cannot have changed since. @internal */
export function isValidated(data: unknown): boolean {
  return typeof data === 'object' && data !== null && registry().has(data);
}
