import { dataset as seed } from '../data/dataset.js';
import type { Citation } from '../model/citation.js';
import type { Commitment } from '../model/commitment.js';
import type { Dataset } from '../model/dataset.js';
import { type CsvValue, toCsv } from './csv.js';

/**
 * A Frictionless Data Package: the `datapackage.json` descriptor and the CSV files it names.
 *
 * @category Visualization and export
 * @example
 * ```ts
 * import { toDataPackage } from 'aukus';
 * const pkg = toDataPackage();
 * pkg.files.map((f) => f.path).includes('csv/participations.csv'); // true
 * ```
 */
export interface DataPackage {
  /** The `datapackage.json` descriptor. */
  readonly descriptor: DataPackageDescriptor;
  /** Each CSV file, by its path relative to `datapackage.json`. */
  readonly files: readonly DataPackageFile[];
}

/**
 * The `datapackage.json` descriptor of a {@link DataPackage}.
 *
 * @category Visualization and export
 * @example
 * ```ts
 * import { toDataPackage } from 'aukus';
 * toDataPackage().descriptor.name; // 'aukus'
 * ```
 */
export interface DataPackageDescriptor {
  /** Package name. */
  readonly name: string;
  /** Human title. */
  readonly title: string;
  /** The data version. */
  readonly version: string;
  /** What the package holds and its snapshot date. */
  readonly description: string;
  /** Licences, by SPDX id. */
  readonly licenses: readonly DataPackageLicense[];
  /** One resource per CSV file. */
  readonly resources: readonly DataPackageResource[];
}

/**
 * A licence of a {@link DataPackage}.
 *
 * @category Visualization and export
 * @example
 * ```ts
 * import { toDataPackage } from 'aukus';
 * toDataPackage().descriptor.licenses[0]?.name; // 'MIT'
 * ```
 */
export interface DataPackageLicense {
  /** SPDX licence id. */
  readonly name: string;
}

/**
 * One CSV file of a {@link DataPackage}.
 *
 * @category Visualization and export
 * @example
 * ```ts
 * import { toDataPackage } from 'aukus';
 * toDataPackage().files[0]?.path; // 'csv/sources.csv'
 * ```
 */
export interface DataPackageFile {
  /** Path relative to `datapackage.json`. */
  readonly path: string;
  /** The CSV text. */
  readonly content: string;
}

/**
 * One field of a resource's Table Schema.
 *
 * @category Visualization and export
 * @example
 * ```ts
 * import { toDataPackage } from 'aukus';
 * toDataPackage().descriptor.resources[0]?.schema.fields[0]?.name; // 'id'
 * ```
 */
export interface DataPackageField {
  /** Column name, exactly as in the CSV header. */
  readonly name: string;
  /** Table Schema type. */
  readonly type: 'string' | 'integer' | 'number' | 'boolean';
  /** What the column holds. */
  readonly description: string;
}

/**
 * One table of a {@link DataPackage}.
 *
 * @category Visualization and export
 * @example
 * ```ts
 * import { toDataPackage } from 'aukus';
 * toDataPackage().descriptor.resources[0]?.name; // 'sources'
 * ```
 */
export interface DataPackageResource {
  /** Resource name. */
  readonly name: string;
  /** CSV path relative to the descriptor. */
  readonly path: string;
  /** Always `'text/csv'`. */
  readonly mediatype: 'text/csv';
  /** Table Schema of the CSV: field names match its header exactly. */
  readonly schema: {
    /** The columns, in CSV order. */
    readonly fields: readonly DataPackageField[];
    /** The columns that identify a row. */
    readonly primaryKey: readonly string[];
    /** Columns that refer to another resource (or, with `resource: ''`, to this one). */
    readonly foreignKeys?: readonly DataPackageForeignKey[];
  };
}

/**
 * A Table Schema foreign key: a column whose non-empty values are ids in another resource.
 *
 * @category Visualization and export
 * @example
 * ```ts
 * import { toDataPackage } from 'aukus';
 * const money = toDataPackage().descriptor.resources.find((r) => r.name === 'commitments');
 * money?.schema.foreignKeys?.[0]?.reference.resource; // 'countries'
 * ```
 */
export interface DataPackageForeignKey {
  /** The referring column. */
  readonly fields: string;
  /** The resource and column referred to; `resource: ''` is the same resource. */
  readonly reference: {
    /** Resource name. */
    readonly resource: string;
    /** Column of that resource. */
    readonly fields: string;
  };
}

type Column<T> = readonly [
  name: string,
  type: 'string' | 'integer' | 'number' | 'boolean',
  description: string,
  value: (record: T) => CsvValue,
];

const PARTIAL = 'A date as YYYY-MM-DD, YYYY-MM or YYYY.';
const LIST = 'Ids joined by ";".';

function table<T>(
  name: string,
  records: readonly T[],
  columns: readonly Column<T>[],
  primaryKey: readonly string[],
  foreignKeys?: readonly DataPackageForeignKey[],
): { resource: DataPackageResource; file: { path: string; content: string } } {
  const path = `csv/${name}.csv`;
  const rows = records.map((record) =>
    Object.fromEntries(columns.map(([column, , , value]) => [column, value(record)])),
  );
  return {
    resource: {
      name,
      path,
      mediatype: 'text/csv',
      schema: {
        fields: columns.map(([field, type, description]) => ({ name: field, type, description })),
        primaryKey,
        ...(foreignKeys === undefined ? {} : { foreignKeys }),
      },
    },
    file: { path, content: toCsv(rows, { columns: columns.map(([column]) => column) }) },
  };
}

const key = (fields: string, resource: string, to = 'id'): DataPackageForeignKey => ({
  fields,
  reference: { resource, fields: to },
});

function commitmentsTable(records: readonly Commitment[]) {
  const text = (value: string | undefined) => value ?? '';
  return table(
    'commitments',
    records,
    [
      ['id', 'string', 'Commitment id.', (r) => r.id],
      ['kind', 'string', 'pledge, payment or budget.', (r) => r.kind],
      ['payer', 'string', 'ISO 3166-1 alpha-2 of the payer.', (r) => r.payer],
      ['recipient', 'string', 'Country id or named body.', (r) => r.recipient],
      ['purpose', 'string', 'What the money is for.', (r) => r.purpose],
      ['value', 'number', 'Amount in whole units of the currency.', (r) => r.amount.value],
      ['currency', 'string', 'ISO 4217 code; never converted.', (r) => r.amount.currency],
      ['low', 'number', 'Lower bound, if given.', (r) => r.amount.low],
      ['high', 'number', 'Upper bound, if given.', (r) => r.amount.high],
      ['date', 'string', PARTIAL, (r) => r.date],
      ['partOf', 'string', 'Id of the commitment it is part of.', (r) => text(r.partOf)],
      ['pillar', 'string', 'Pillar id.', (r) => text(r.pillar)],
      ['project', 'string', 'Project id.', (r) => text(r.project)],
      ['note', 'string', 'Caveats.', (r) => text(r.note)],
    ],
    ['id'],
    [
      key('payer', 'countries'),
      key('partOf', ''),
      key('pillar', 'pillars'),
      key('project', 'projects'),
    ],
  );
}

interface CitationRow {
  readonly collection: string;
  readonly record: string;
  readonly index: number;
  readonly citation: Citation;
}

/** @internal */
export function toDataPackageIn(data: Dataset): DataPackage {
  const citations: CitationRow[] = [];
  const collect = (collection: string, record: string, list: readonly Citation[]) => {
    list.forEach((citation, index) => {
      citations.push({ collection, record, index, citation });
    });
  };
  data.partnerships.forEach((r) => {
    collect('partnerships', r.id, r.citations);
  });
  data.pillars.forEach((r) => {
    collect('pillars', r.id, r.citations);
    r.names.forEach((n, i) => {
      collect('pillar-names', `${r.id}#${i}`, n.citations);
    });
  });
  for (const name of [
    'capabilityAreas',
    'projects',
    'participations',
    'events',
    'statements',
    'tenures',
  ] as const) {
    for (const record of data[name]) collect(name, record.id, record.citations);
  }
  for (const record of data.commitments ?? []) {
    collect('commitments', record.id, record.citations);
  }
  const pillarNames = data.pillars.flatMap((pillar) =>
    pillar.names.map((n, index) => ({ pillar: pillar.id, index, ...n })),
  );
  const text = (value: string | undefined) => value ?? '';
  const tables = [
    table(
      'sources',
      data.sources,
      [
        ['id', 'string', 'Source id.', (r) => r.id],
        ['title', 'string', 'Title as published.', (r) => r.title],
        ['publisher', 'string', 'Publisher of the page read.', (r) => r.publisher],
        ['url', 'string', 'Address read.', (r) => r.url],
        ['published', 'string', PARTIAL, (r) => r.published],
        ['kind', 'string', 'Kind of document.', (r) => r.kind],
        ['official', 'boolean', 'Government or parliamentary publication.', (r) => r.official],
        ['note', 'string', 'Caveats.', (r) => text(r.note)],
      ],
      ['id'],
    ),
    table(
      'countries',
      data.countries,
      [
        ['id', 'string', 'ISO 3166-1 alpha-2.', (r) => r.id],
        ['alpha3', 'string', 'ISO 3166-1 alpha-3.', (r) => r.alpha3],
        ['numeric', 'string', 'ISO 3166-1 numeric, 3 digits.', (r) => r.numeric],
        ['name', 'string', 'Name.', (r) => r.name],
        ['aliases', 'string', 'Other names joined by ";".', (r) => r.aliases.join(';')],
      ],
      ['id'],
    ),
    table(
      'partnerships',
      data.partnerships,
      [
        ['id', 'string', 'Partnership id.', (r) => r.id],
        ['name', 'string', 'Name.', (r) => r.name],
        ['established', 'string', PARTIAL, (r) => r.established],
        ['members', 'string', `Founding members. ${LIST}`, (r) => r.members.join(';')],
        ['summary', 'string', 'Summary.', (r) => r.summary],
      ],
      ['id'],
    ),
    table(
      'pillars',
      data.pillars,
      [
        ['id', 'string', 'Pillar id.', (r) => r.id],
        ['partnership', 'string', 'Partnership id.', (r) => r.partnership],
        ['number', 'integer', 'Pillar number.', (r) => r.number],
        ['summary', 'string', 'Summary.', (r) => r.summary],
      ],
      ['id'],
    ),
    table(
      'pillar-names',
      pillarNames,
      [
        ['pillar', 'string', 'Pillar id.', (r) => r.pillar],
        ['index', 'integer', 'Position in date order.', (r) => r.index],
        ['name', 'string', 'Official name.', (r) => r.name],
        ['from', 'string', PARTIAL, (r) => r.from],
        ['to', 'string', `${PARTIAL} Empty while in use.`, (r) => text(r.to)],
      ],
      ['pillar', 'index'],
    ),
    table(
      'capability-areas',
      data.capabilityAreas,
      [
        ['id', 'string', 'Area id.', (r) => r.id],
        ['pillar', 'string', 'Pillar id.', (r) => r.pillar],
        ['name', 'string', 'Official heading.', (r) => r.name],
        ['introduced', 'string', PARTIAL, (r) => r.introduced],
        ['note', 'string', 'Caveats.', (r) => text(r.note)],
      ],
      ['id'],
    ),
    table(
      'projects',
      data.projects,
      [
        ['id', 'string', 'Project id.', (r) => r.id],
        ['name', 'string', 'Name.', (r) => r.name],
        ['acronym', 'string', 'Acronym.', (r) => text(r.acronym)],
        ['pillar', 'string', 'Pillar id.', (r) => r.pillar],
        ['capabilityArea', 'string', 'Capability area id.', (r) => text(r.capabilityArea)],
        ['participants', 'string', `Country ids. ${LIST}`, (r) => r.participants.join(';')],
        ['from', 'string', PARTIAL, (r) => r.from],
        ['to', 'string', PARTIAL, (r) => text(r.to)],
        ['summary', 'string', 'Summary.', (r) => r.summary],
        ['note', 'string', 'Caveats.', (r) => text(r.note)],
      ],
      ['id'],
    ),
    table(
      'participations',
      data.participations,
      [
        ['id', 'string', 'Spell id.', (r) => r.id],
        ['country', 'string', 'ISO 3166-1 alpha-2.', (r) => r.country],
        ['pillar', 'string', 'Pillar id; empty for the whole partnership.', (r) => text(r.pillar)],
        [
          'status',
          'string',
          'member, partner, consultation, interest-expressed, floated or ruled-out.',
          (r) => r.status,
        ],
        ['claim', 'string', 'official or reported.', (r) => r.claim],
        ['from', 'string', `${PARTIAL} Inclusive.`, (r) => r.from],
        [
          'to',
          'string',
          `${PARTIAL} Inclusive; empty while it holds at the snapshot.`,
          (r) => text(r.to),
        ],
        ['note', 'string', 'Caveats.', (r) => text(r.note)],
      ],
      ['id'],
    ),
    table(
      'events',
      data.events,
      [
        ['id', 'string', 'Event id.', (r) => r.id],
        ['date', 'string', PARTIAL, (r) => r.date],
        ['kind', 'string', 'Event kind.', (r) => r.kind],
        ['title', 'string', 'Headline.', (r) => r.title],
        ['summary', 'string', 'Summary.', (r) => r.summary],
        ['countries', 'string', `Country ids. ${LIST}`, (r) => r.countries.join(';')],
        ['pillars', 'string', `Pillar ids. ${LIST}`, (r) => r.pillars.join(';')],
        [
          'confidence',
          'string',
          'primary, secondary, paraphrase or media-only.',
          (r) => r.confidence,
        ],
        ['note', 'string', 'Caveats.', (r) => text(r.note)],
      ],
      ['id'],
    ),
    table(
      'statements',
      data.statements,
      [
        ['id', 'string', 'Statement id.', (r) => r.id],
        ['date', 'string', PARTIAL, (r) => r.date],
        ['speaker', 'string', 'Person id.', (r) => text(r.speaker)],
        ['issuer', 'string', 'Issuing body.', (r) => text(r.issuer)],
        ['text', 'string', 'The exact words.', (r) => r.text],
        ['event', 'string', 'Event id.', (r) => text(r.event)],
        ['note', 'string', 'Caveats.', (r) => text(r.note)],
      ],
      ['id'],
    ),
    table(
      'people',
      data.people,
      [
        ['id', 'string', 'Person id.', (r) => r.id],
        ['name', 'string', 'Name.', (r) => r.name],
      ],
      ['id'],
    ),
    table(
      'tenures',
      data.tenures,
      [
        ['id', 'string', 'Tenure id.', (r) => r.id],
        ['person', 'string', 'Person id.', (r) => r.person],
        ['country', 'string', 'ISO 3166-1 alpha-2.', (r) => r.country],
        ['role', 'string', 'head-of-government, head-of-state or defence-minister.', (r) => r.role],
        ['from', 'string', PARTIAL, (r) => r.from],
        ['to', 'string', PARTIAL, (r) => text(r.to)],
        [
          'fromObserved',
          'boolean',
          'from is only the first date attested.',
          (r) => r.fromObserved === true,
        ],
        [
          'toObserved',
          'boolean',
          'to is only the last date attested.',
          (r) => r.toObserved === true,
        ],
        ['note', 'string', 'Caveats.', (r) => text(r.note)],
      ],
      ['id'],
    ),
    commitmentsTable(data.commitments ?? []),
    table(
      'citations',
      citations,
      [
        ['collection', 'string', 'Collection of the citing record.', (r) => r.collection],
        ['record', 'string', 'Id of the citing record.', (r) => r.record],
        ['index', 'integer', 'Position among the record’s citations.', (r) => r.index],
        ['source', 'string', 'Source id.', (r) => r.citation.source],
        ['quote', 'string', 'Verbatim quote.', (r) => text(r.citation.quote)],
        ['locator', 'string', 'Where in the source.', (r) => text(r.citation.locator)],
      ],
      ['collection', 'record', 'index'],
    ),
  ];
  return Object.freeze({
    descriptor: {
      name: data.meta.name,
      title: `${data.meta.name} dataset`,
      version: data.meta.version,
      description: `${data.meta.description} Snapshot: ${data.meta.snapshotDate}.`,
      licenses: [{ name: data.meta.license }],
      resources: tables.map((t) => t.resource),
    },
    files: tables.map((t) => t.file),
  });
}

/**
 * The seed as a Frictionless Data Package: one CSV per collection plus a `citations` table, each
 * described by a Table Schema whose field names match the CSV header exactly. pandas, R, DuckDB
 * and frictionless-py read it without code. The same package ships as `aukus/datapackage.json`.
 *
 * @returns The descriptor and the CSV files.
 * @category Visualization and export
 * @example
 * ```ts
 * import { toDataPackage } from 'aukus';
 * const { descriptor } = toDataPackage();
 * descriptor.resources.map((r) => r.name).includes('participations'); // true
 * ```
 */
export function toDataPackage(): DataPackage {
  return toDataPackageIn(seed);
}
