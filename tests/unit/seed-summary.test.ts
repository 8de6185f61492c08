import { expect, it } from 'vitest';
import { countries, dataset, statusOf } from '../../src/index.js';

// A readable digest of the seed, committed beside this test. Any data change shows up in review
// as a diff of this file; update it with `npx vitest run -u` after checking the diff.
function summary(): string {
  const lines = [
    '# Seed summary',
    '',
    `Snapshot: ${dataset.meta.snapshotDate}, version ${dataset.meta.version}.`,
    '',
  ];
  lines.push('| collection | records |', '| --- | --- |');
  for (const [name, value] of Object.entries(dataset)) {
    if (Array.isArray(value)) lines.push(`| ${name} | ${value.length} |`);
  }
  // The end of every year from the announcement up to the snapshot, then the snapshot itself.
  const snapshot = dataset.meta.snapshotDate;
  const years: string[] = [];
  for (let year = 2021; `${year}-12-31` < snapshot; year += 1) years.push(`${year}-12-31`);
  years.push(snapshot);
  for (const pillar of ['pillar-1', 'pillar-2'] as const) {
    lines.push('', `## Standing on ${pillar} at the end of each year`, '');
    lines.push(
      `| country | ${years.join(' | ')} |`,
      `| --- |${years.map(() => ' --- |').join('')}`,
    );
    for (const country of countries) {
      const cells = years.map((asOf) => {
        const s = statusOf(country.id, { asOf, pillar });
        return s.status === null ? '—' : `${s.status} (${s.claim})`;
      });
      lines.push(`| ${country.id} | ${cells.join(' | ')} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

it('matches the reviewed summary of the seed', async () => {
  await expect(summary()).toMatchFileSnapshot('./seed-summary.md');
});
