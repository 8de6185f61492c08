import { changes } from './commands/changes.js';
import { completion } from './commands/completion.js';
import { exportData } from './commands/export.js';
import { members } from './commands/members.js';
import { money } from './commands/money.js';
import { office } from './commands/office.js';
import { overview } from './commands/overview.js';
import { partners } from './commands/partners.js';
import { sources } from './commands/sources.js';
import { spans } from './commands/spans.js';
import { status } from './commands/status.js';
import { timeline } from './commands/timeline.js';
import { validate } from './commands/validate.js';
import { HELP } from './help.js';
import type { Io } from './io.js';
import { Exit, UsageError } from './usage-error.js';
import { wrapOutput } from './wrap.js';

type Command = (io: Io, args: readonly string[]) => number | Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  overview,
  status,
  members,
  partners,
  changes,
  spans,
  office,
  timeline,
  money,
  sources,
  export: exportData,
  // validate keeps its own output; long problem messages wrap with a hanging indent here.
  validate: (io, args) =>
    validate(args.includes('--json') ? io : { ...io, out: wrapOutput(io.out, io.width, 4) }, args),
  completion,
};

/**
 * Runs the command line and returns the exit code: 0 success, 1 validation problems, 2 usage
 * errors, 70 an internal error (a bug: please report it).
 *
 * @internal
 */
export async function run(argv: readonly string[], io: Io, version: string): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === '--version' || first === '-v') {
      io.out(`${version}\n`);
      return 0;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      const topic = first === 'help' ? rest[0] : undefined;
      io.out(`${HELP[topic !== undefined && topic in COMMANDS ? topic : 'aukus']}\n`);
      return 0;
    }
    const name = first === undefined || first.startsWith('-') ? 'overview' : first;
    const args = first === undefined || first.startsWith('-') ? argv : rest;
    const command = COMMANDS[name];
    if (command === undefined) {
      const near = Object.keys(COMMANDS).find((c) => c.startsWith(name.slice(0, 3)));
      throw new UsageError(
        `unknown command '${name}'; ${near ? `did you mean '${near}'?` : `commands: ${Object.keys(COMMANDS).join(', ')}`}`,
      );
    }
    if (args.includes('--help') || args.includes('-h')) {
      io.out(`${HELP[name] ?? HELP['aukus']}\n`);
      return 0;
    }
    return await command(io, args);
  } catch (error) {
    if (error instanceof Exit) return error.code;
    if (error instanceof UsageError) {
      io.err(`aukus: ${error.message}\n`);
      return 2;
    }
    io.err(
      `aukus: internal error: ${error instanceof Error ? error.message : String(error)} (please report this)\n`,
    );
    return 70;
  }
}
