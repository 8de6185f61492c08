import { describe } from './describe.js';

/**
 * Checks that `options` is undefined or a plain object whose keys are all in `allowed`, so a typo
 * such as `asof` fails loudly instead of being ignored.
 *
 * @internal
 */
export function readOptions<T extends object>(
  options: T | undefined,
  allowed: readonly string[],
  fn: string,
): Partial<T> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`aukus: ${fn} options must be an object, got ${describe(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      const hint = allowed.find((name) => name.toLowerCase() === key.toLowerCase());
      throw new TypeError(
        `aukus: ${fn} has no option ${describe(key)}; ${hint ? `did you mean '${hint}'?` : `accepted: ${allowed.join(', ') || 'none'}`}`,
      );
    }
  }
  return options;
}
