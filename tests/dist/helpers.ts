import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const cliPath = join(root, 'dist', 'cli.js');

let tarball: string | undefined;

/** Packs the package once per run, as `npm publish` would. */
export function packedTarball(): string {
  if (tarball === undefined) {
    const out = mkdtempSync(join(tmpdir(), 'aukus-pack-'));
    const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', out], {
      cwd: root,
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .at(-1) as string;
    tarball = join(out, name);
  }
  return tarball;
}

/**
 * A throw-away project with the packed package installed in node_modules, as `npm install` would
 * leave it, and zod beside it (the optional peer dependency) unless `zod` is false. No network is
 * needed.
 */
export function consumerProject(
  files: Record<string, string>,
  { zod = true }: { readonly zod?: boolean } = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), 'aukus-consumer-'));
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  execFileSync('tar', ['-xzf', packedTarball(), '-C', modules]);
  renameSync(join(modules, 'package'), join(modules, 'aukus'));
  if (zod) symlinkSync(join(root, 'node_modules', 'zod'), join(modules, 'zod'), 'dir');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}
