import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, root } from './helpers.js';

function aukus(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the built aukus command', () => {
  it('prints the overview by default and exits 0', () => {
    const { code, stdout, stderr } = aukus([]);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/^AUKUS overview — as of \d{4}-\d{2}-\d{2} \(snapshot\) · data /);
    expect(stdout).not.toContain('\u001b[');
  });

  it('answers the terminal question of the README', () => {
    const { code, stdout } = aukus(['status', 'JP', '--as-of', '2024-04-09'], { COLUMNS: '80' });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Status: +consultation \(official\), from 2024-04-08/m);
    // The short answer, with the rest one flag away.
    expect(stdout.trimEnd().split('\n').length).toBeLessThanOrEqual(8);
    expect(stdout).toContain('--evidence');
    const everything = aukus(['status', 'JP', '--as-of', '2024-04-09', '--evidence']);
    expect(everything.stdout.split('\n').length).toBeGreaterThan(stdout.split('\n').length);
  });

  it('prints valid JSON and nothing else with --json', () => {
    for (const args of [
      ['overview', '--json'],
      ['status', 'UK', '--json'],
      ['members', '--json'],
      ['partners', '--pillar', '2', '--json'],
      ['timeline', '--json'],
      ['sources', '--json'],
    ]) {
      const { code, stdout, stderr } = aukus(args);
      expect([code, stderr]).toEqual([0, '']);
      expect(() => JSON.parse(stdout)).not.toThrow();
    }
  });

  it('exits 1 on validation problems and 2 on usage errors, in one line without a stack', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aukus-bin-'));
    const bad = JSON.parse(readFileSync(join(root, 'data.json'), 'utf8'));
    bad.events[0].date = '2024-02-30';
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    const invalid = aukus(['validate', join(dir, 'bad.json')]);
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toContain('events["2021-09-15-aukus-announced"].date: Not a real calendar date');
    expect(aukus(['validate', join(root, 'data.json')]).code).toBe(0);
    for (const args of [['nope'], ['status', 'Atlantis'], ['status', 'JP', '--as-of', 'yesterday'], ['validate', join(dir, 'missing.json')]]) {
      const { code, stderr } = aukus(args);
      expect(code).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).not.toMatch(/\bat .*\.js:\d+/);
    }
  });

  it('never colours output when NO_COLOR is set or stdout is not a terminal', () => {
    expect(aukus(['status', 'AU'], { NO_COLOR: '1' }).stdout).not.toContain('\u001b[');
    expect(aukus(['status', 'AU'], { FORCE_COLOR: '1' }).stdout).not.toContain('\u001b[');
  });

  it('exports csv to stdout and a data package to a folder', () => {
    const csv = aukus(['export', '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toBe('id,country,countryName,alpha3,numeric,pillar,status,claim,start,end,open,from,to,sources');
    const dir = mkdtempSync(join(tmpdir(), 'aukus-export-'));
    const pkg = aukus(['export', '--format', 'datapackage', '--out', dir]);
    expect(pkg.code).toBe(0);
    const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
    expect(descriptor.resources.length).toBeGreaterThan(10);
  });

  it('is what `npm start` runs after a build', () => {
    const start = spawnSync(process.execPath, [join(root, 'scripts', 'start.mjs')], {
      encoding: 'utf8',
      cwd: root,
      env: { ...process.env, COLUMNS: '80' },
    });
    expect(start.status).toBe(0);
    expect(start.stdout).toMatch(/^AUKUS overview — /);
    expect(start.stdout).toContain('Other countries');
    expect(start.stdout.split('\n').filter((line) => [...line].length > 80)).toEqual([]);
    // On a pipe without COLUMNS nothing wraps, and the overview still fits.
    const piped = spawnSync(process.execPath, [join(root, 'scripts', 'start.mjs')], {
      encoding: 'utf8',
      cwd: root,
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(piped.stdout.split('\n').filter((line) => [...line].length > 80)).toEqual([]);
  });

  it('answers the new commands at 80 columns, and refuses bad input in one line', () => {
    const fits = (text: string) =>
      text.split('\n').filter((line) => [...line].length > 80 && !/^\s*\S*https?:\/\/\S+$/.test(line));
    for (const args of [
      ['changes', '--from', '2024-01-01', '--to', '2024-12-31'],
      ['office', 'UK', 'pm', '--as-of', '2022-09-10'],
      ['office', 'JP', 'defence', '--as-of', '2000-01-01'],
      ['spans'],
      ['sources'],
      ['completion', 'bash'],
    ]) {
      const { code, stdout, stderr } = aukus(args, { COLUMNS: '80' });
      expect([code, stderr], args.join(' ')).toEqual([0, '']);
      if (args[0] !== 'completion') expect(fits(stdout), args.join(' ')).toEqual([]);
    }
    expect(aukus(['office', 'JP', 'defence', '--as-of', '2000-01-01']).stdout).toContain('Not recorded');
    expect(Object.keys(JSON.parse(aukus(['spans', '--json']).stdout))).toContain('whole');
    expect(JSON.parse(aukus(['changes', '--from', '2024-01-01', '--json']).stdout).length).toBeGreaterThan(0);
    for (const [args, hint] of [
      [['changes'], /missing --from, e\.g\./],
      [['changes', '--from', 'soon'], /--from/],
      [['office', 'GB'], /missing <role>/],
      [['office', 'GB', 'king'], /unknown role 'king'; accepted:/],
      [['spans', '--pillar', '9'], /unknown pillar '9'; accepted:/],
      [['completion', 'tcsh'], /unknown shell 'tcsh'; accepted: bash, zsh, fish/],
      [['status', 'JP', '--data', join(root, 'nothing.json')], /cannot read/],
      [['export', '--format', 'csv', '--as-of', '2024-01-01'], /does not apply to --format csv/],
    ] as const) {
      const { code, stdout, stderr } = aukus([...args]);
      expect({ code, stdout }, args.join(' ')).toEqual({ code: 2, stdout: '' });
      expect(stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
      expect(stderr, args.join(' ')).toMatch(hint);
      expect(stderr).not.toMatch(/\bat .*\.js:\d+/);
    }
  });

  it('answers from your own file with --data, and exits 1 on an invalid one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aukus-data-'));
    const mine = JSON.parse(readFileSync(join(root, 'data.json'), 'utf8'));
    writeFileSync(join(dir, 'mine.json'), JSON.stringify(mine));
    const ok = aukus(['members', '--data', join(dir, 'mine.json'), '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).length).toBe(3);
    mine.events[0].date = '2024-02-30';
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(mine));
    const bad = aukus(['members', '--data', join(dir, 'bad.json')]);
    expect([bad.code, bad.stdout]).toEqual([1, '']);
    expect(bad.stderr).toMatch(/events\[.*\]\.date: Not a real calendar date/);
  });

  it('prints its version and help', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(aukus(['--version']).stdout).toBe(`${pkg.version}\n`);
    expect(aukus(['export', '--help']).stdout).toContain('Usage: aukus export');
  });
});
