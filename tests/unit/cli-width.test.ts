import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP } from '../../src/cli/help.js';
import { unstyled, visibleLength } from '../../src/cli/style.js';
import { table } from '../../src/cli/table.js';
import { outputWidth } from '../../src/cli/width.js';
import { cutLine, wrapLine } from '../../src/cli/wrap.js';
import { dataset, meta } from '../../src/index.js';
import { cli, overlong } from './run-cli.js';

const URL =
  'https://www.example.org/a/very/long/path/that/does/not/fit/on/any/line/of/eighty/columns';

describe('width', () => {
  it('is the terminal’s on a terminal, else COLUMNS, else none', () => {
    expect(outputWidth({ isTTY: true, columns: 100 }, { COLUMNS: '80' })).toBe(100);
    expect(outputWidth({ isTTY: false }, { COLUMNS: '80' })).toBe(80);
    expect(outputWidth({}, { COLUMNS: '120' })).toBe(120);
    expect(outputWidth({}, {})).toBeUndefined();
    expect(outputWidth({ isTTY: true, columns: 0 }, {})).toBeUndefined();
    expect(outputWidth({}, { COLUMNS: 'wide' })).toBeUndefined();
    expect(outputWidth({}, { COLUMNS: '-3' })).toBeUndefined();
  });

  it('wraps at word boundaries with a hanging indent and never splits a word', () => {
    const text = 'Status:   the quick brown fox jumps over the lazy dog again and again';
    const lines = wrapLine(text, 30, 10);
    expect(lines).toEqual([
      'Status:   the quick brown fox',
      '          jumps over the lazy',
      '          dog again and again',
    ]);
    expect(lines.join(' ').replace(/ +/g, ' ')).toBe(text.replace(/ +/g, ' '));
    expect(wrapLine(text, undefined, 10)).toEqual([text]);
    expect(wrapLine('short', 80)).toEqual(['short']);
  });

  it('puts a URL longer than the line alone on its line, whole', () => {
    const lines = wrapLine(`  read ${URL} for more`, 40, 4);
    expect(lines).toEqual(['  read', `    ${URL}`, '    for more']);
  });

  it('measures text without its colour codes', () => {
    expect(visibleLength('\u001b[1mbold\u001b[22m')).toBe(4);
    expect(wrapLine('\u001b[2maaaa bbbb\u001b[22m', 9)).toHaveLength(1);
  });

  it('cuts a line to the width with an ellipsis', () => {
    expect(cutLine('one two three four', 12)).toBe('one two…');
    expect(cutLine('one two', 12)).toBe('one two');
    expect(cutLine('abcdefghijklmnop', 8)).toBe('abcdefg…');
    expect(cutLine('abcdefghijklmnop', undefined)).toBe('abcdefghijklmnop');
  });

  it('shrinks the widest table column and wraps it inside its cell', () => {
    const io = { out: () => {}, err: () => {}, color: false, cwd: '/', width: 30 };
    const text = table(
      io,
      ['ID', 'TITLE', 'DATE'],
      [['a', 'a title long enough to need wrapping', '2024']],
    );
    expect(text.split('\n')).toEqual([
      '  ID  TITLE               DATE',
      '  a   a title long        2024',
      '      enough to need',
      '      wrapping',
    ]);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(30);
    expect(table({ ...io, width: undefined }, ['A'], [['x y z']])).toBe('  A\n  x y z');
  });
});

describe('every command fits the width', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'aukus-width-'));
  const bad = structuredClone(dataset) as unknown as { events: { date: string }[] };
  const first = bad.events[0];
  if (first !== undefined) first.date = '2024-02-30';
  await writeFile(join(dir, 'bad.json'), JSON.stringify(bad));
  await writeFile(join(dir, 'seed.json'), JSON.stringify(dataset));
  const commands: string[][] = [
    [],
    ['status', 'JP', '--as-of', '2024-04-09'],
    ...dataset.countries.map((c) => ['status', c.id, '--evidence']),
    ['status', 'NZ', '--as-of', '2024-05-01', '--pillar', '2', '--evidence'],
    ['members'],
    ['members', '--as-of', '2021-01-01'],
    ['partners', '--pillar', '2', '--min-status', 'floated'],
    ['changes', '--from', '2021-01-01'],
    ['spans'],
    ['spans', '--country', 'JP', '--pillar', '2'],
    ['office', 'GB', 'pm', '--as-of', '2022-09-10'],
    ['office', 'GB', 'defence', '--as-of', '2022-09-10'],
    ['office', 'US', 'head-of-state'],
    ['timeline'],
    ['money'],
    ['money', '--payer', 'AU'],
    ['money', '--kind', 'budget'],
    ['sources'],
    ...dataset.sources.map((s) => ['sources', s.id]),
    ['validate', join(dir, 'seed.json')],
    ['validate', join(dir, 'bad.json')],
    ['status', 'JP', '--data', join(dir, 'bad.json')],
    ['--help'],
    ...Object.keys(HELP)
      .filter((name) => name !== 'aukus')
      .map((name) => [name, '--help']),
  ];
  for (const width of [80, 120]) {
    it(`at ${width} columns no line is longer, except a lone URL`, async () => {
      for (const args of commands) {
        const { stdout, stderr } = await cli(args, { width });
        expect(overlong(stdout, width), args.join(' ')).toEqual([]);
        expect(overlong(stderr, width), args.join(' ')).toEqual([]);
      }
    });
  }

  it('says on the first line what was asked and of which data', async () => {
    for (const args of commands.filter(
      (a) =>
        !['validate', '--help'].includes(a[0] ?? '') &&
        !a.includes('--help') &&
        !a.includes('--data'),
    )) {
      const { stdout } = await cli(args, { width: 80 });
      // The first line, which may wrap onto a second at 80 columns.
      expect(stdout.split('\n').slice(0, 2).join(' '), args.join(' ')).toMatch(
        new RegExp(`^\\S.* · data ${meta.version.replace(/\./g, '\\.')}`),
      );
    }
    const { stdout } = await cli(['status', 'JP', '--as-of', '2024-04-09', '--pillar', '2']);
    expect(stdout.split('\n')[0]).toBe(
      `Japan (JP), pillar-2 — as of 2024-04-09 · data ${meta.version}`,
    );
    const partners = await cli(['partners', '--pillar', '2', '--min-status', 'consultation']);
    expect(partners.stdout.split('\n')[0]).toBe(
      `Partners in pillar-2 — as of ${meta.snapshotDate} (snapshot), at least consultation · data ${meta.version}`,
    );
  });

  it('measures coloured output by what shows', async () => {
    for (const args of [
      [],
      ['status', 'JP', '--evidence'],
      ['spans'],
      ['sources', 'lii-22-usc-10431'],
    ]) {
      const { stdout } = await cli(args, { width: 80, color: true });
      expect(stdout, args.join(' ')).toContain('\u001b[');
      expect(overlong(unstyled(stdout), 80), args.join(' ')).toEqual([]);
    }
  });

  it('answers status in at most 8 lines at 80 columns, the rest one flag away', async () => {
    for (const country of dataset.countries) {
      for (const asOf of ['2022-01-01', '2024-05-01', meta.snapshotDate]) {
        for (const pillar of [[], ['--pillar', '2']]) {
          const args = ['status', country.id, '--as-of', asOf, ...pillar];
          const { stdout } = await cli(args, { width: 80 });
          expect(stdout.trimEnd().split('\n').length, args.join(' ')).toBeLessThanOrEqual(8);
          const full = await cli([...args, '--evidence'], { width: 80 });
          if (stdout.includes('--evidence'))
            expect(full.stdout.length).toBeGreaterThan(stdout.length);
        }
      }
    }
  });

  it('never wraps JSON', async () => {
    const wide = await cli(['status', 'JP', '--evidence', '--json'], { width: 20 });
    const plain = await cli(['status', 'JP', '--evidence', '--json']);
    expect(wide.stdout).toBe(plain.stdout);
    expect(JSON.parse(wide.stdout).country).toBe('JP');
  });
});
