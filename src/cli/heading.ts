import type { Context } from './context.js';
import { type Io, paint } from './io.js';
import { wrapLine } from './wrap.js';

/** What a command was asked, for its first line. @internal */
export interface Asked {
  /** The question, e.g. `Japan (JP), pillar-2` or `Members`. */
  readonly subject: string;
  /** The date asked about; the snapshot when not given. Absent for commands without one. */
  readonly asOf?: string | undefined | null;
  /** The knowledge date, when given. */
  readonly knownAt?: string | undefined;
  /** The weakest status counted, when the command has a threshold. */
  readonly threshold?: string | undefined;
  /** Further details, e.g. a date range. */
  readonly details?: readonly (string | undefined)[];
}

/**
 * The first line of every human answer: what was asked and of which data, so an answer copied
 * out of the terminal still says what it answers.
 *
 * @internal
 */
export function heading(io: Io, context: Context, asked: Asked): string {
  const { meta } = context.data;
  const parts = [
    ...(asked.details ?? []),
    asked.asOf === null
      ? undefined
      : asked.asOf === undefined
        ? `as of ${meta.snapshotDate} (snapshot)`
        : `as of ${asked.asOf}`,
    asked.knownAt === undefined ? undefined : `known at ${asked.knownAt}`,
    asked.threshold === undefined ? undefined : `at least ${asked.threshold}`,
  ].filter((part): part is string => part !== undefined);
  const data =
    context.file === undefined
      ? `data ${meta.version}`
      : `data ${context.file} (${meta.name} ${meta.version})`;
  // Break between the parts of the question, not inside one, where the width allows.
  const segments = [
    asked.subject,
    ...parts.map((part, index) => `${index === 0 ? ' — ' : ', '}${part}`),
    ` · ${data}`,
  ];
  const lines: string[] = [];
  let current = '';
  for (const segment of segments) {
    if (current === '' || io.width === undefined || current.length + segment.length <= io.width) {
      current += segment;
    } else {
      lines.push(current);
      current = `  ${segment.replace(/^ (\u2014 |\u00b7 )?|^, /, '$1')}`;
    }
  }
  lines.push(current);
  return lines
    .flatMap((line) => wrapLine(line, io.width, 2))
    .map((line) => paint(io, 'bold', line))
    .join('\n');
}
