import { readFileSync } from 'node:fs';
import { wantsColor } from './io.js';
import { run } from './run.js';
import { outputWidth } from './width.js';

function packageVersion(): string {
  try {
    const text = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
    return (JSON.parse(text) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

// A closed pipe (e.g. `aukus timeline | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await run(
  process.argv.slice(2),
  {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    color: wantsColor(process.stdout.isTTY, process.env),
    cwd: process.cwd(),
    width: outputWidth(process.stdout, process.env),
  },
  packageVersion(),
);
