/** The styles the command uses. @internal */
export type Style = 'bold' | 'dim' | 'green' | 'yellow' | 'red' | 'cyan';

// Plain SGR codes rather than util.styleText, which Node added only in 20.12: the command must run
// on every Node the package supports. All styling goes through this module.
const CODES: Readonly<Record<Style, readonly [number, number]>> = {
  bold: [1, 22],
  dim: [2, 22],
  green: [32, 39],
  yellow: [33, 39],
  red: [31, 39],
  cyan: [36, 39],
};

/** Wraps text in a style's escape codes. @internal */
export function styled(style: Style, text: string): string {
  const [open, close] = CODES[style];
  return `\u001b[${open}m${text}\u001b[${close}m`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching terminal escape codes is the point.
const ESCAPES = /\u001b\[[0-9;]*m/g;

/** Text without escape codes. @internal */
export function unstyled(text: string): string {
  return text.replace(ESCAPES, '');
}

/** How many columns text takes on a terminal, ignoring escape codes. @internal */
export function visibleLength(text: string): number {
  return [...unstyled(text)].length;
}

/** Whether colour should be used for a stream. @internal */
export function wantsColor(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  return isTTY === true && env['NO_COLOR'] === undefined && env['TERM'] !== 'dumb';
}
