import { describe } from '../internal/describe.js';

/**
 * A value a CSV cell can hold. `null` and `undefined` become empty cells.
 *
 * @category Visualization and export
 * @example
 * ```ts
 * import type { CsvValue } from 'aukus';
 * const cell: CsvValue = 'pillar-2';
 * ```
 */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Options of {@link toCsv}.
 *
 * @category Visualization and export
 * @example
 * ```ts
 * import type { CsvOptions } from 'aukus';
 * const options: CsvOptions = { columns: ['country', 'status'] };
 * ```
 */
export interface CsvOptions {
  /** Columns in order; defaults to the keys of the first row. */
  readonly columns?: readonly string[];
}

function cell(value: unknown, column: string, row: number): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    throw new TypeError(
      `aukus: toCsv row ${row} column ${JSON.stringify(column)} holds ${describe(value)}; join arrays into a string first`,
    );
  }
  const text = String(value);
  // RFC 4180: quote a field holding a comma, a quote or a line break; double inner quotes.
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Serialises rows of plain values as RFC 4180 CSV: a header row, CRLF line breaks, and fields
 * with commas, quotes or line breaks quoted. Any CSV parser reads the same rows back (as strings).
 *
 * @param rows - Objects whose values are strings, numbers, booleans, `null` or `undefined`.
 * @param options - `columns` to choose and order the columns.
 * @returns The CSV text, ending with a line break.
 * @throws TypeError when `rows` is not an array or a value is an object or array.
 * @category Visualization and export
 * @example
 * ```ts
 * import { toCsv } from 'aukus';
 * toCsv([{ id: 'JP', note: 'said "no", then "maybe"' }]);
 * // 'id,note\r\nJP,"said ""no"", then ""maybe"""\r\n'
 * ```
 */
export function toCsv<T extends { readonly [K in keyof T]: CsvValue }>(
  rows: readonly T[],
  options?: CsvOptions,
): string {
  if (!Array.isArray(rows))
    throw new TypeError(`aukus: toCsv takes an array of rows, got ${describe(rows)}`);
  const columns = options?.columns ?? Object.keys(rows[0] ?? {});
  if (columns.length === 0) return '';
  const lines = [columns.map((column) => cell(column, 'header', 0)).join(',')];
  rows.forEach((row, index) => {
    lines.push(
      columns
        .map((column) => cell((row as Record<string, unknown>)[column], column, index))
        .join(','),
    );
  });
  return `${lines.join('\r\n')}\r\n`;
}
