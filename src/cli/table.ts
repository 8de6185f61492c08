import { type Io, paint } from './io.js';
import { pieces, wrapLine } from './wrap.js';

const INDENT = 2;
const GAP = 2;

/**
 * The narrowest a column can be: its header and its longest word, or, where words may break after
 * punctuation, its longest piece. URLs and kept columns (ids to copy) never break.
 */
function floor(header: string, cells: readonly string[], keep: boolean): number {
  const words = cells
    .flatMap((cell) => cell.split(' '))
    .flatMap((word) => (keep || /https?:\/\//.test(word) ? [word] : pieces(word)));
  return Math.max(header.length, ...words.map((word) => [...word].length));
}

/**
 * Column widths that fit `width`: the widest column shrinks first, down to the next widest or to
 * its longest word, until the table fits or nothing can shrink.
 */
function fitWidths(
  natural: readonly number[],
  floors: readonly number[],
  width: number | undefined,
): number[] {
  const widths = [...natural];
  if (width === undefined) return widths;
  const total = () => INDENT + widths.reduce((sum, w) => sum + w, 0) + GAP * (widths.length - 1);
  for (;;) {
    const excess = total() - width;
    if (excess <= 0) return widths;
    const shrinkable = widths
      .map((w, column) => ({ w, column }))
      .filter(({ w, column }) => w > (floors[column] ?? 0))
      .sort((a, b) => b.w - a.w);
    const widest = shrinkable[0];
    if (widest === undefined) return widths;
    const next = Math.max(shrinkable[1]?.w ?? 0, floors[widest.column] ?? 0);
    // Columns of equal width take turns, one column at a time.
    widths[widest.column] = Math.min(widest.w - 1, Math.max(next, widest.w - excess));
  }
}

interface Layout {
  readonly head: string;
  readonly rows: readonly (readonly string[])[];
  readonly fits: boolean;
}

function layout(
  header: readonly string[],
  full: readonly (readonly string[])[],
  width: number | undefined,
): Layout {
  // Only text columns (with spaces) wrap; ids, dates and codes stay whole to be read and copied.
  const keep = (column: number) => !full.some((row) => (row[column] ?? '').includes(' '));
  const natural = header.map((title, column) =>
    Math.max(title.length, ...full.map((row) => [...(row[column] ?? '')].length)),
  );
  const floors = header.map((title, column) =>
    floor(
      title,
      full.map((row) => row[column] ?? ''),
      keep(column),
    ),
  );
  const widths = fitWidths(natural, floors, width);
  const last = widths.length - 1;
  const line = (cells: readonly string[]) =>
    widths
      .map((w, column) => {
        const text = cells[column] ?? '';
        return column === last ? text : text + ' '.repeat(Math.max(0, w - [...text].length));
      })
      .join(' '.repeat(GAP))
      .trimEnd();
  const render = (cells: readonly string[]): string[] => {
    const wrapped = cells.map((cell, column) =>
      wrapLine(
        cell,
        widths[column] === natural[column] ? undefined : widths[column],
        0,
        !keep(column),
      ),
    );
    const height = Math.max(...wrapped.map((parts) => parts.length));
    return Array.from({ length: height }, (_, index) =>
      line(wrapped.map((parts) => parts[index] ?? '')),
    );
  };
  const total = INDENT + widths.reduce((sum, w) => sum + w, 0) + GAP * (widths.length - 1);
  return {
    head: line(header),
    rows: full.map(render),
    fits: width === undefined || total <= width,
  };
}

/**
 * Aligns rows under a header, two spaces between columns. When the output has a width, the widest
 * text column shrinks and wraps inside its cell at word boundaries; columns without spaces (ids,
 * dates, codes) never break. When even that does not fit, each row's first cell (an id too long
 * to share a line) stands on its own line, with the other cells aligned beneath it.
 *
 * @internal
 */
export function table(
  io: Io,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  // A short row leaves its missing cells empty.
  const full = rows.map((row) => header.map((_, column) => row[column] ?? ''));
  const pad = ' '.repeat(INDENT);
  const flat = layout(header, full, io.width);
  if (flat.fits || header.length < 2) {
    return [paint(io, 'bold', flat.head), ...flat.rows.flat()]
      .map((text) => `${pad}${text}`)
      .join('\n');
  }
  const rest = layout(
    header.slice(1),
    full.map((row) => row.slice(1)),
    io.width === undefined ? undefined : io.width - 2 * INDENT,
  );
  const lines = [
    paint(io, 'bold', header[0] ?? ''),
    paint(io, 'bold', `${pad}${rest.head}`),
    ...full.flatMap((row, index) => [
      row[0] ?? '',
      ...(rest.rows[index] ?? []).map((text) => `${pad}${text}`),
    ]),
  ];
  return lines.map((text) => `${pad}${text}`).join('\n');
}
