import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatIssuePath, safeParseDataset } from '../../schema/index.js';
import { parse } from '../args.js';
import { type Io, paint, printJson } from '../io.js';
import { UsageError } from '../usage-error.js';

/** `aukus validate <file.json>`. @internal */
export async function validate(io: Io, args: readonly string[]): Promise<number> {
  const { positionals, json } = parse('validate', args, [], 1);
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
    const issues = [{ path: [], message: `Not valid JSON: ${(error as Error).message}` }];
    if (json) printJson(io, { file, valid: false, issues });
    else io.err(`${file}: not valid JSON: ${(error as Error).message}\n`);
    return 1;
  }
  const result = safeParseDataset(input);
  if (result.success) {
    if (json) printJson(io, { file, valid: true, issues: [] });
    else
      io.out(
        `${paint(io, 'green', 'valid')}: ${file} (${result.data.participations.length} status spells, ${result.data.sources.length} sources)\n`,
      );
    return 0;
  }
  const { issues } = result.error;
  if (json) {
    printJson(io, { file, valid: false, issues });
  } else {
    io.out(
      `${paint(io, 'red', 'invalid')}: ${file}, ${issues.length} problem${issues.length === 1 ? '' : 's'}\n`,
    );
    for (const issue of issues) io.out(`  ${formatIssuePath(issue.path)}: ${issue.message}\n`);
  }
  return 1;
}
