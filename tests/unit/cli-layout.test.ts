import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { everyNth, ganttAxis, ganttRow, monthEnds, spanChar } from '../../src/cli/gantt.js';
import { table } from '../../src/cli/table.js';
import { cutLine, wrapLine, wrapText } from '../../src/cli/wrap.js';
import { dataset } from '../../src/index.js';
import { cli } from './run-cli.js';

const at = (width: number | undefined) => ({
  out: () => {},
  err: () => {},
  color: false,
  cwd: '/',
  width,
});

describe('tables that cannot fit', () => {
  it('stack an id too long to share a line above its row', () => {
    const text = table(
      at(30),
      ['ID', 'DATE', 'NAME'],
      [
        ['a-very-long-identifier-of-a-record', '2024-01-01', 'a name in words'],
        ['short', '2025-02-02', 'x'],
      ],
    );
    expect(text.split('\n')).toEqual([
      '  ID',
      '    DATE        NAME',
      '  a-very-long-identifier-of-a-record',
      '    2024-01-01  a name in',
      '                words',
      '  short',
      '    2025-02-02  x',
    ]);
  });

  it('keep a single column whole, and stack columns that cannot shrink', () => {
    expect(table(at(5), ['ID'], [['abcdefghij']])).toBe('  ID\n  abcdefghij');
    expect(table(at(10), ['A', 'B'], [['aaaa', 'bbbb']])).toBe('  A\n    B\n  aaaa\n    bbbb');
  });

  it('break a word wider than its text cell after its punctuation, never an id', () => {
    const text = table(at(24), ['ID', 'PUBLISHER'], [['x1', 'Site (www.example-site.org)']]);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(24);
    expect(text.replace(/\s+/g, '')).toContain('Site(www.example-site.org)');
  });
});

describe('wrapping edge cases', () => {
  it('keeps a hanging indent from eating a narrow line', () => {
    expect(wrapLine('aaa bbb ccc', 8, 20)).toEqual(['aaa bbb', '    ccc']);
  });

  it('breaks split words after punctuation only when asked, and never URLs', () => {
    expect(wrapLine('x www.example-site.org', 10, 0, true)).toEqual([
      'x www.',
      'example-',
      'site.org',
    ]);
    expect(wrapLine('x www.example-site.org', 10)).toEqual(['x', 'www.example-site.org']);
    expect(wrapLine('https://example.org/long/path', 10, 0, true)).toEqual([
      'https://example.org/long/path',
    ]);
    expect(wrapText('a b\nc d', 1)).toBe('a\nb\nc\nd');
    expect(wrapLine('   ', 1)).toEqual(['   ']);
  });

  it('cuts at a space when one is near the end, else mid-word', () => {
    expect(cutLine('abc defghijklmnopq', 10)).toBe('abc defgh…');
    expect(cutLine('ab', 1)).toBe('a…');
  });
});

describe('the text Gantt', () => {
  it('has one character a month, the snapshot standing in for the last', () => {
    expect(monthEnds('2023', '2023-03-15')).toEqual(['2023-01-31', '2023-02-28', '2023-03-15']);
    expect(monthEnds('2023-11-01', '2024-01-31')).toEqual([
      '2023-11-30',
      '2023-12-31',
      '2024-01-31',
    ]);
    const ends = monthEnds('2024-01-01', '2024-04-30');
    const row = ganttRow(
      [
        { status: 'consultation', claim: 'official', start: '2024-02-10', end: '2024-03-31' },
        { status: 'floated', claim: 'reported', start: '2024-04-01', end: '2024-04-30' },
      ],
      ends,
    );
    expect(row).toBe('·CCf');
  });

  it('marks every status, and an unknown one with ?', () => {
    expect(spanChar(undefined, undefined)).toBe('·');
    expect(spanChar('member', 'official')).toBe('M');
    expect(spanChar('ruled-out', 'reported')).toBe('x');
    expect(spanChar('someday', 'official')).toBe('?');
  });

  it('takes one character for every few months when a month each does not fit', async () => {
    expect(everyNth(['a', 'b', 'c', 'd', 'e'], 2)).toEqual(['a', 'c', 'e']);
    const { stdout } = await cli(['spans'], { width: 50 });
    expect(stdout).toMatch(/^Standing over time, one character per \d months/);
    expect(stdout.split('\n').filter((line) => line.length > 50)).toEqual([]);
  });

  it('labels each January, and the first year when it leaves room', () => {
    expect(ganttAxis(monthEnds('2021-05-01', '2022-02-28'))).toBe('2021    2022');
    expect(ganttAxis(monthEnds('2021-10-01', '2022-02-28'))).toBe('   2022');
  });
});

describe('office on your own data', () => {
  it('says when a tenure is only attested, and shows its note', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aukus-office-'));
    const data = structuredClone(dataset) as unknown as {
      tenures: {
        id: string;
        country: string;
        role: string;
        from: string;
        to?: string;
        fromObserved?: boolean;
        toObserved?: boolean;
        note?: string;
      }[];
    };
    const tenure = data.tenures.find(
      (t) => t.country === 'GB' && t.role === 'head-of-government' && t.to !== undefined,
    );
    if (tenure === undefined) throw new Error('the seed has a closed GB tenure');
    tenure.fromObserved = true;
    tenure.toObserved = true;
    tenure.note = 'A note on the tenure.';
    await writeFile(join(dir, 'mine.json'), JSON.stringify(data));
    const { code, stdout } = await cli(
      [
        'office',
        'GB',
        'pm',
        '--as-of',
        tenure.from.length === 10 ? tenure.from : `${tenure.from}-28`,
        '--data',
        'mine.json',
      ],
      { cwd: dir },
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/, attested from .*, attested to /);
    expect(stdout).toContain('Note: A note on the tenure.');
  });
});
