import { describe, expect, it } from 'vitest';
import { formatAmount } from '../../src/cli/money-format.js';
import { cli } from './run-cli.js';

// A question with no answer in the data says so in words, after the line saying what was asked.
describe('questions the data has no answer for', () => {
  it('spans before anything was known', async () => {
    const { code, stdout } = await cli(['spans', '--known-at', '2021-09-01']);
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([
      expect.stringContaining('known at 2021-09-01'),
      'No status spells match.',
      '',
    ]);
  });

  it('money from a country that pledged none', async () => {
    const { code, stdout } = await cli(['money', '--payer', 'JP']);
    expect(code).toBe(0);
    expect(stdout).toContain('Money — JP');
    expect(stdout).toContain('No money matches.');
  });
});

describe('amounts as the CLI prints them', () => {
  it('keeps the figure exact and in its own currency', () => {
    expect(formatAmount({ value: 500_000_000, currency: 'USD' })).toBe('USD 500m');
    expect(formatAmount({ value: 4_600_000_000, currency: 'AUD', low: 4_600_000_000 })).toBe(
      'AUD 4.6bn or more',
    );
    expect(formatAmount({ value: 150_000_000, currency: 'GBP', high: 150_000_000 })).toBe(
      'up to GBP 150m',
    );
    // Not a round number of millions: printed in full rather than rounded.
    expect(formatAmount({ value: 1_234_567, currency: 'USD' })).toBe('USD 1,234,567');
  });
});
