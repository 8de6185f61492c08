import { type Io, paint } from './io.js';

/**
 * Aligns rows under a header, two spaces between columns; the last column is not padded so long
 * titles do not leave trailing space.
 *
 * @internal
 */
export function table(
  io: Io,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  // A short row leaves its missing cells empty.
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const last = widths.length - 1;
  const line = (cells: readonly string[]) =>
    widths
      .map((width, column) => {
        const text = cells[column] ?? '';
        return column === last ? text : text.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const head = paint(io, 'bold', line(header));
  return [head, ...rows.map(line)].map((text) => `  ${text}`).join('\n');
}
