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
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((text, column) =>
        column === cells.length - 1 ? text : text.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const head = paint(io, 'bold', line(header));
  return [head, ...rows.map(line)].map((text) => `  ${text}`).join('\n');
}
