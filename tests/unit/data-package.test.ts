import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Package } from 'datapackage';
import { describe, expect, it } from 'vitest';
import { dataset, toDataPackage } from '../../src/index.js';
import type { DataPackage } from '../../src/viz/data-package.js';

// The shipped data package, read by the reference JavaScript implementation (npm `datapackage`):
// every resource with foreign keys resolved and values cast to their declared types.

function writePackage(pkg: DataPackage, name: string): string {
  const dir = join(process.cwd(), '.tmp', 'data-package', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'csv'), { recursive: true });
  writeFileSync(join(dir, 'datapackage.json'), JSON.stringify(pkg.descriptor, null, 2));
  for (const file of pkg.files) writeFileSync(join(dir, file.path), file.content);
  return join(dir, 'datapackage.json');
}

async function readAll(path: string): Promise<Record<string, Record<string, unknown>[]>> {
  const pkg = await Package.load(path);
  expect(pkg.errors.map(String)).toEqual([]);
  expect(pkg.valid).toBe(true);
  const tables: Record<string, Record<string, unknown>[]> = {};
  for (const resource of pkg.resources) {
    tables[resource.name] = await resource.read({ keyed: true, relations: true, cast: true });
  }
  return tables;
}

const citationCount = (records: readonly { readonly citations: readonly unknown[] }[]) =>
  records.reduce((sum, r) => sum + r.citations.length, 0);

describe('the data package in the reference validator', () => {
  it('reads every resource with relations and casting, with zero errors and every row', async () => {
    const tables = await readAll(writePackage(toDataPackage(), 'seed'));
    const counts = Object.fromEntries(
      Object.entries(tables).map(([name, rows]) => [name, rows.length]),
    );
    const pillarNames = dataset.pillars.flatMap((p) => p.names);
    expect(counts).toEqual({
      sources: dataset.sources.length,
      countries: dataset.countries.length,
      partnerships: dataset.partnerships.length,
      'partnership-members': dataset.partnerships.flatMap((p) => p.members).length,
      pillars: dataset.pillars.length,
      'pillar-names': pillarNames.length,
      'capability-areas': dataset.capabilityAreas.length,
      projects: dataset.projects.length,
      'project-participants': dataset.projects.flatMap((p) => p.participants).length,
      participations: dataset.participations.length,
      events: dataset.events.length,
      'event-countries': dataset.events.flatMap((e) => e.countries).length,
      'event-pillars': dataset.events.flatMap((e) => e.pillars).length,
      people: dataset.people.length,
      statements: dataset.statements.length,
      tenures: dataset.tenures.length,
      'partnership-citations': citationCount(dataset.partnerships),
      'pillar-citations': citationCount(dataset.pillars),
      'pillar-name-citations': citationCount(pillarNames),
      'capability-area-citations': citationCount(dataset.capabilityAreas),
      'project-citations': citationCount(dataset.projects),
      'participation-citations': citationCount(dataset.participations),
      'event-citations': citationCount(dataset.events),
      'statement-citations': citationCount(dataset.statements),
      'tenure-citations': citationCount(dataset.tenures),
      commitments: dataset.commitments.length,
      'commitment-citations': citationCount(dataset.commitments),
    });
    // Amounts cast to numbers, and an instalment's partOf resolves to the commitment it is part of.
    expect(
      tables['commitments']?.find(
        (r) => r['id'] === 'au-us-submarine-industrial-base-payment-2025-07',
      ),
    ).toMatchObject({
      value: 525000000,
      currency: 'USD',
      payer: { id: 'AU' },
      partOf: { id: 'au-us-submarine-industrial-base-2bn-by-2025', value: 2000000000 },
    });
    // Casting gives real booleans and integers; relations replace a key with the row it names.
    const japan = tables['participations']?.find(
      (r) => r['id'] === 'jp-pillar-2-consultation-2024',
    );
    expect(japan).toMatchObject({
      country: { id: 'JP', alpha3: 'JPN', name: 'Japan' },
      pillar: { id: 'pillar-2', number: 2 },
      claim: 'official',
      to: null,
    });
    expect(tables['sources']?.every((r) => typeof r['official'] === 'boolean')).toBe(true);
  });

  it('declares a foreign key for every reference and catches a broken one', async () => {
    const { descriptor } = toDataPackage();
    const keys = descriptor.resources.flatMap((r) =>
      (r.schema.foreignKeys ?? []).map(
        (k) => `${r.name}.${k.fields.join('+')} -> ${k.reference.resource}`,
      ),
    );
    expect(keys).toEqual(
      expect.arrayContaining([
        'participations.country -> countries',
        'participations.pillar -> pillars',
        'tenures.person -> people',
        'tenures.country -> countries',
        'statements.speaker -> people',
        'projects.capabilityArea -> capability-areas',
        'participation-citations.source -> sources',
        'pillar-name-citations.pillar+name -> pillar-names',
      ]),
    );
    const names = new Set(descriptor.resources.map((r) => r.name));
    for (const resource of descriptor.resources) {
      for (const key of resource.schema.foreignKeys ?? [])
        expect(names.has(key.reference.resource)).toBe(true);
    }
    // The library passes a key silently when the resource it names is missing, so prove that a
    // dangling value really fails.
    const broken = toDataPackage();
    const spells = broken.files.find((f) => f.path === 'csv/participations.csv');
    if (spells === undefined) throw new Error('no participations.csv');
    spells.content = spells.content.replace('\r\nau-member-2021,AU,', '\r\nau-member-2021,FR,');
    const pkg = await Package.load(writePackage(broken, 'broken'));
    const resource = pkg.resources.find((r) => r.name === 'participations');
    await expect(resource?.read({ relations: true, cast: true })).rejects.toThrow(/Foreign key/);
  });

  it('rejects a value outside an enum or a malformed partial date', async () => {
    for (const [from, to, message] of [
      [',official,', ',officially,', '"officially" does not conform to the "enum" constraint'],
      [',2021-09-15,', ',15/09/2021,', '"15/09/2021" does not conform to the "pattern" constraint'],
    ] as const) {
      const pkg = toDataPackage();
      const spells = pkg.files.find((f) => f.path === 'csv/participations.csv');
      if (spells === undefined) throw new Error('no participations.csv');
      expect(spells.content).toContain(from);
      spells.content = spells.content.replace(from, to);
      const loaded = await Package.load(writePackage(pkg, 'constraint'));
      const resource = loaded.resources.find((r) => r.name === 'participations');
      const error = await resource?.read({ cast: true }).then(
        () => undefined,
        (e: { errors?: unknown[] }) => (e.errors ?? [e]).map(String).join('\n'),
      );
      expect(error).toContain(message);
    }
  });

  it('describes itself for catalogues', () => {
    const { descriptor } = toDataPackage();
    expect(descriptor).toMatchObject({
      profile: 'tabular-data-package',
      created: `${dataset.meta.snapshotDate}T00:00:00Z`,
      licenses: [{ name: 'MIT' }],
    });
    expect(descriptor.sources).toHaveLength(dataset.sources.length);
    expect(descriptor.contributors.length).toBeGreaterThan(0);
  });
});
