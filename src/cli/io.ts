import { type Style, styled } from './style.js';

export { wantsColor } from './style.js';

/** Where the command writes, and what it knows of its terminal. @internal */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Colour only on a terminal and never when NO_COLOR is set. */
  readonly color: boolean;
  /** The working directory, for relative paths. */
  readonly cwd: string;
  /** The width human output must fit; none on a pipe without `COLUMNS`. */
  readonly width?: number | undefined;
}

/** Styles text when colour is on; plain text otherwise. @internal */
export function paint(io: Io, style: Style, text: string): string {
  return io.color ? styled(style, text) : text;
}

/** Prints a value as indented JSON on stdout: the `--json` output of every command. @internal */
export function printJson(io: Io, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}
