import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { DatasetIssue } from '../../integrity/issue.js';
import { formatIssue, safeParseDataset } from '../../schema/index.js';
import { parse } from '../args.js';
import { type Io, paint, printJson } from '../io.js';
import { UsageError } from '../usage-error.js';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** `aukus validate <file.json> [--strict]`. @internal */
export async function validate(io: Io, args: readonly string[]): Promise<number> {
  const { positionals, json, values } = parse(
    'validate',
    args,
    [{ name: 'strict', type: 'boolean' }],
    1,
  );
  const strict = values['strict'] === true;
  const file = positionals[0];
  if (file === undefined)
    throw new UsageError("validate: missing <file.json>, e.g. 'aukus validate my-data.json'");
  const path = resolve(io.cwd, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (code ?? String(error))}`,
    );
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const issues: DatasetIssue[] = [
      { code: 'invalid-json', path: [], message: `Not valid JSON: ${(error as Error).message}` },
    ];
    if (json) printJson(io, { file, valid: false, issues, warnings: [] });
    else io.err(`${file}: not valid JSON: ${(error as Error).message}\n`);
    return 1;
  }
  const result = safeParseDataset(input);
  const { issues, warnings } = result;
  // --strict holds warnings to the standard of errors, e.g. in a CI job that guards a dataset.
  const valid = result.success && !(strict && warnings.length > 0);
  if (json) {
    printJson(io, { file, valid, issues, warnings });
    return valid ? 0 : 1;
  }
  if (result.success) {
    io.out(
      `${valid ? paint(io, 'green', 'valid') : paint(io, 'red', 'invalid (--strict)')}: ${file} (${plural(result.data.participations.length, 'status spell')}, ${plural(result.data.sources.length, 'source')}${warnings.length > 0 ? `, ${plural(warnings.length, 'warning')}` : ''})\n`,
    );
  } else {
    io.out(`${paint(io, 'red', 'invalid')}: ${file}, ${plural(issues.length, 'problem')}\n`);
    for (const issue of issues) io.out(`  ${formatIssue(issue)}\n`);
  }
  if (warnings.length > 0) {
    io.out(
      `${paint(io, 'yellow', 'warning')}: ${plural(warnings.length, 'warning')}${strict ? '' : ' (not errors; --strict fails on them)'}\n`,
    );
    for (const warning of warnings) io.out(`  ${formatIssue(warning)}\n`);
  }
  return valid ? 0 : 1;
}
