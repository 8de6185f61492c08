/** A mistake in how the command was called: reported in one line, exit code 2. @internal */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const FLAGS = {
  asOf: '--as-of',
  minStatus: '--min-status',
  from: '--from',
  to: '--to',
  kind: '--kind',
  knownAt: '--known-at',
} as const;

/** Turns a library input error into a usage error without its `aukus: ` prefix. @internal */
export function asUsageError(error: unknown): never {
  if (error instanceof RangeError || error instanceof TypeError) {
    // Name the command-line flag, not the library option it maps to.
    const message = error.message
      .replace(/^aukus: /, '')
      .replace(
        /^(?:changesBetween|timeline) from (\S+) is after to (\S+)/,
        '--from $1 is after --to $2',
      )
      .replace(
        /^(unknown )?(asOf|minStatus|from|to|kind|knownAt)\b/,
        (_, unknown: string | undefined, name: keyof typeof FLAGS) =>
          `${unknown ?? ''}${FLAGS[name]}`,
      )
      .replace(/(?<!-)\b(asOf|knownAt)\b/g, (name) => FLAGS[name as 'asOf' | 'knownAt']);
    throw new UsageError(message);
  }
  throw error;
}

/** Runs `fn`, turning library input errors into usage errors. @internal */
export function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    return asUsageError(error);
  }
}

/** The problem has been reported already; the command ends with this exit code. @internal */
export class Exit extends Error {
  readonly code: number;
  constructor(code: number) {
    super(`exit ${code}`);
    this.name = 'Exit';
    this.code = code;
  }
}
