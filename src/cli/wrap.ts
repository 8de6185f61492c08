import { visibleLength } from './style.js';

/**
 * Breaks one line at spaces so each piece fits `width`, continuing with `hang` spaces of hanging
 * indent. A word is never split: a word longer than the line (in practice a URL) stands alone on
 * its own line, whole, so it can still be clicked and copied. Without a width, the line is kept.
 *
 * @internal
 */
export function wrapLine(text: string, width: number | undefined, hang = 0): string[] {
  if (width === undefined || visibleLength(text) <= width) return [text];
  const indent = /^ */.exec(text)?.[0] ?? '';
  // Keep the hanging indent from eating the line on a very narrow terminal.
  const pad = ' '.repeat(Math.max(0, Math.min(hang, Math.floor(width / 2))));
  const tokens = text.slice(indent.length).match(/\S+|\s+/g) ?? [];
  const lines: string[] = [];
  let current = indent;
  let empty = true;
  let gap = '';
  for (const token of tokens) {
    if (/^\s/.test(token)) {
      gap = token;
      continue;
    }
    if (empty) {
      current += token;
      empty = false;
    } else if (visibleLength(current) + gap.length + visibleLength(token) <= width) {
      current += gap + token;
    } else {
      lines.push(current);
      current = pad + token;
    }
    gap = '';
  }
  lines.push(current);
  return lines;
}

/** Wraps every line of a text block; see {@link wrapLine}. @internal */
export function wrapText(text: string, width: number | undefined, hang = 0): string {
  return text
    .split('\n')
    .flatMap((line) => wrapLine(line, width, hang))
    .join('\n');
}

/** Cuts a line to `width` columns with an ellipsis; unchanged without a width. @internal */
export function cutLine(text: string, width: number | undefined): string {
  if (width === undefined || visibleLength(text) <= width) return text;
  const room = Math.max(1, width - 1);
  const cut = [...text].slice(0, room).join('');
  const atSpace = cut.lastIndexOf(' ');
  return `${(atSpace > room / 2 ? cut.slice(0, atSpace) : cut).trimEnd()}…`;
}
