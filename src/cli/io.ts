import { styleText } from 'node:util';

/** Where the command writes, and what it knows of its terminal. @internal */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Colour only on a terminal and never when NO_COLOR is set. */
  readonly color: boolean;
  /** The working directory, for relative paths. */
  readonly cwd: string;
}

type Style = 'bold' | 'dim' | 'green' | 'yellow' | 'red' | 'cyan';

/** Styles text when colour is on; plain text otherwise. @internal */
export function paint(io: Io, style: Style, text: string): string {
  // The caller has already decided on colour (TTY and NO_COLOR), so styleText must not re-check.
  return io.color ? styleText(style, text, { validateStream: false }) : text;
}

/** Whether colour should be used for a stream. @internal */
export function wantsColor(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  return isTTY === true && env['NO_COLOR'] === undefined && env['TERM'] !== 'dumb';
}

/** Prints a value as indented JSON on stdout: the `--json` output of every command. @internal */
export function printJson(io: Io, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}
