import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Package } from 'datapackage';
import { describe, expect, it } from 'vitest';

// The data package as shipped (written by `npm run build` beside package.json), read by the
// reference JavaScript implementation with every foreign key resolved.

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

describe('the shipped datapackage.json', () => {
  it('reads every resource with relations and casting, with zero errors', async () => {
    const pkg = await Package.load(join(root, 'datapackage.json'));
    expect(pkg.errors.map(String)).toEqual([]);
    const descriptor = JSON.parse(readFileSync(join(root, 'datapackage.json'), 'utf8'));
    expect(descriptor.profile).toBe('tabular-data-package');
    const data = JSON.parse(readFileSync(join(root, 'data.json'), 'utf8'));
    const counts: Record<string, number> = {};
    for (const resource of pkg.resources) {
      counts[resource.name] = (
        await resource.read({ keyed: true, relations: true, cast: true })
      ).length;
    }
    expect(counts).toMatchObject({
      sources: data.sources.length,
      countries: data.countries.length,
      participations: data.participations.length,
      events: data.events.length,
      tenures: data.tenures.length,
      commitments: data.commitments.length,
    });
    expect(Object.keys(counts).length).toBe(27);
  });
});
