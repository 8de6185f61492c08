import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

// Every ```console block of docs/cli.md is a real run at 80 columns: `$ aukus ARGS` and what it
// printed. This test runs each one and compares. After a data or output change, regenerate them:
//   UPDATE_CLI_DOCS=1 npx vitest run tests/unit/cli-docs.test.ts

const file = fileURLToPath(new URL('../../docs/cli.md', import.meta.url));
const BLOCK = /```console\n\$ aukus([^\n]*)\n([\s\S]*?)```/g;

/** Splits a command line as a shell would for the simple quoting the docs use. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

async function output(args: string): Promise<string> {
  const { stdout, stderr } = await cli(words(args), { width: 80 });
  return stdout + stderr;
}

describe('docs/cli.md', async () => {
  if (process.env['UPDATE_CLI_DOCS'] === '1') {
    let updated = readFileSync(file, 'utf8');
    for (const [whole, args = ''] of [...updated.matchAll(BLOCK)]) {
      updated = updated.replace(
        whole,
        `\`\`\`console\n$ aukus${args}\n${await output(args)}\`\`\``,
      );
    }
    writeFileSync(file, updated);
  }
  const blocks = [...readFileSync(file, 'utf8').matchAll(BLOCK)];

  it('shows many real runs', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(10);
  });

  it.each(blocks.map(([, args = '', shown = '']) => [args.trim(), shown]))(
    'aukus %s prints what the guide shows',
    async (args, shown) => {
      expect(await output(` ${args}`)).toBe(shown);
    },
  );
});
