/**
 * The width human output must fit: the terminal's on a terminal, else `COLUMNS` when it is set
 * (so scripts and tests can ask for one), else none: a pipe gets unwrapped lines.
 *
 * @internal
 */
export function outputWidth(
  stream: { readonly isTTY?: boolean; readonly columns?: number },
  env: NodeJS.ProcessEnv,
): number | undefined {
  if (stream.isTTY === true && typeof stream.columns === 'number' && stream.columns > 0) {
    return stream.columns;
  }
  const columns = Number.parseInt(env['COLUMNS'] ?? '', 10);
  return Number.isInteger(columns) && columns > 0 ? columns : undefined;
}
