import { describe, expect, it } from 'vitest';
import { evidence } from '../../src/cli/describe-standing.js';
import { countryLabel, pillarName, sinceAndClaim, standingCell } from '../../src/cli/labels.js';
import { run } from '../../src/cli/run.js';
import { table } from '../../src/cli/table.js';
import { asUsageError, UsageError } from '../../src/cli/usage-error.js';
import { dataset, statusOf } from '../../src/index.js';

const plain = { out: () => {}, err: () => {}, color: false, cwd: '/' };

describe('CLI building blocks', () => {
  it('labels countries, pillars and standings', () => {
    expect(countryLabel('JP')).toBe('Japan (JP)');
    expect(countryLabel('FR')).toBe('FR');
    expect(
      pillarName({
        id: 'pillar-9',
        partnership: 'x',
        number: 9,
        names: [],
        summary: 's',
        citations: [],
      }),
    ).toBe('pillar-9');
    const nothing = statusOf('KR', { asOf: '2021-01-01' });
    expect(standingCell(nothing)).toBe('—');
    expect(sinceAndClaim(nothing)).toEqual(['', '']);
    expect(standingCell(statusOf('IN', { pillar: 'pillar-2' }))).toBe('floated (reported)');
  });

  it('aligns tables and tolerates short rows', () => {
    expect(
      table(
        plain,
        ['A', 'BB', 'C'],
        [
          ['long', 'x'],
          ['y', 'z', 'last'],
        ],
      ),
    ).toBe('  A     BB  C\n  long  x\n  y     z   last');
  });

  it('prints evidence even for a source it does not know', () => {
    expect(evidence(plain, [{ source: 'unknown-source', locator: 'p. 3' }])).toEqual([
      '  - unknown-source',
      '    p. 3',
    ]);
    expect(
      evidence(plain, [{ source: 'lii-22-usc-10431', quote: '"Already quoted"' }], '  ', [
        ...dataset.sources,
      ])[2],
    ).toBe('    "Already quoted"');
  });

  it('passes on errors that are not the user’s', () => {
    expect(() => asUsageError(new Error('bug'))).toThrow('bug');
    expect(() => asUsageError(new RangeError('aukus: unknown kind "x"'))).toThrow(UsageError);
  });

  it('reports an internal error in one line with exit code 70', async () => {
    let stderr = '';
    const failing = (thrown: unknown) => ({
      ...plain,
      out: () => {
        throw thrown;
      },
      err: (text: string) => {
        stderr += text;
      },
    });
    expect(await run(['members'], failing(new Error('disk full')), '1')).toBe(70);
    expect(stderr).toBe('aukus: internal error: disk full (please report this)\n');
    stderr = '';
    expect(await run(['members'], failing('odd'), '1')).toBe(70);
    expect(stderr).toBe('aukus: internal error: odd (please report this)\n');
  });
});
