import { visibleLength } from './style.js';

/**
 * Breaks one line at spaces so each piece fits `width`, continuing with `hang` spaces of hanging
 * indent. A word is never split: a word longer than the line (in practice a URL) stands alone on
 * its own line, whole, so it can still be clicked and copied. Only with `split` (narrow table
 * cells) does a longer word that is not a URL break after its punctuation. Without a width, the
 * line is kept.
 *
 * @internal
 */
export function wrapLine(
  text: string,
  width: number | undefined,
  hang = 0,
  split = false,
): string[] {
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
    if (split && visibleLength(token) > width - pad.length && !isUrl(token)) {
      // Only in narrow table cells: a word wider than the cell breaks after its punctuation.
      for (const [index, piece] of pieces(token).entries()) {
        const glue = index === 0 ? gap : '';
        if (!empty && visibleLength(current) + glue.length + visibleLength(piece) > width) {
          lines.push(current);
          current = pad + piece;
        } else {
          current += empty ? piece : glue + piece;
        }
        empty = false;
      }
    } else if (empty) {
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

const isUrl = (word: string) => /https?:\/\//.test(word);

/** A word cut after each hyphen, dot, slash or comma. @internal */
export function pieces(word: string): string[] {
  return word.split(/(?<=[-./,])/);
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

/** A writer that wraps each line it is given; see {@link wrapLine}. @internal */
export function wrapOutput(
  write: (text: string) => void,
  width: number | undefined,
  hang: number,
): (text: string) => void {
  return (text) => write(wrapText(text, width, hang));
}
