import { dataset as seed } from '../data/dataset.js';
import { certainStart, formatDay } from '../internal/days.js';
import type { Citation } from '../model/citation.js';
import { COMMITMENT_KINDS } from '../model/commitment.js';
import type { Dataset } from '../model/dataset.js';
import { CONFIDENCES, EVENT_KINDS } from '../model/event.js';
import { SOURCE_KINDS } from '../model/source.js';
import { CLAIMS, PARTICIPATION_STATUSES } from '../model/status.js';
import { OFFICE_ROLES } from '../model/tenure.js';
import { type CsvValue, toCsv } from './csv.js';
import type {
  DataPackage,
  DataPackageField,
  DataPackageForeignKey,
  DataPackageResource,
} from './data-package-types.js';

export type {
  DataPackage,
  DataPackageDescriptor,
  DataPackageField,
  DataPackageFile,
  DataPackageForeignKey,
  DataPackageLicense,
  DataPackageResource,
} from './data-package-types.js';

type Constraints = NonNullable<DataPackageField['constraints']>;

interface Column<T> {
  readonly field: DataPackageField;
  readonly value: (record: T) => CsvValue;
}

// Anchored, because the JavaScript reference implementation tests patterns unanchored.
const PARTIAL_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const PARTIAL = 'A date as YYYY-MM-DD, YYYY-MM or YYYY.';
const REQUIRED: Constraints = { required: true };
const KEY: Constraints = { required: true, unique: true };
const DATE: Constraints = { required: true, pattern: PARTIAL_PATTERN };
const OPTIONAL_DATE: Constraints = { pattern: PARTIAL_PATTERN };

function column<T>(
  name: string,
  type: DataPackageField['type'],
  description: string,
  value: (record: T) => CsvValue,
  constraints?: Constraints,
): Column<T> {
  const field: DataPackageField = { name, type, description };
  if (constraints !== undefined) field.constraints = { ...constraints };
  return { field, value };
}

const text = (value: string | undefined) => value ?? '';
const oneOf = (values: readonly string[]): Constraints => ({ required: true, enum: [...values] });
const ref = (fields: string[], resource: string, keys = ['id']): DataPackageForeignKey => ({
  fields,
  reference: { resource, fields: keys },
});

function table<T>(
  name: string,
  records: readonly T[],
  columns: readonly Column<T>[],
  primaryKey: string[],
  foreignKeys: DataPackageForeignKey[] = [],
): { resource: DataPackageResource; file: { path: string; content: string } } {
  const path = `csv/${name}.csv`;
  const rows = records.map((record) =>
    Object.fromEntries(columns.map(({ field, value }) => [field.name, value(record)])),
  );
  return {
    resource: {
      profile: 'tabular-data-resource',
      name,
      path,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      // Declared in full: without it, readers sniff the format and some guess wrong.
      dialect: {
        delimiter: ',',
        doubleQuote: true,
        lineTerminator: '\r\n',
        quoteChar: '"',
        skipInitialSpace: false,
        header: true,
        caseSensitiveHeader: true,
      },
      schema: {
        fields: columns.map(({ field }) => field),
        missingValues: [''],
        primaryKey,
        // The profile requires at least one key where the property is present.
        ...(foreignKeys.length === 0 ? {} : { foreignKeys }),
      },
    },
    file: { path, content: toCsv(rows, { columns: columns.map(({ field }) => field.name) }) },
  };
}

/** A link table for a list of ids: one row per (record, id) pair. */
function links<T extends { readonly id: string }>(
  name: string,
  owner: string,
  ownerResource: string,
  item: string,
  itemResource: string,
  records: readonly T[],
  list: (record: T) => readonly string[],
) {
  const pairs = records.flatMap((record) => list(record).map((id) => ({ owner: record.id, id })));
  return table(
    name,
    pairs,
    [
      column<(typeof pairs)[number]>(owner, 'string', `${owner} id.`, (r) => r.owner, REQUIRED),
      column<(typeof pairs)[number]>(item, 'string', `${item} id.`, (r) => r.id, REQUIRED),
    ],
    [owner, item],
    [ref([owner], ownerResource), ref([item], itemResource)],
  );
}

/** A table of the citations of one collection, keyed by the citing record and position. */
function citationTable<T>(
  name: string,
  records: readonly T[],
  owner: readonly Column<T>[],
  ownerKey: DataPackageForeignKey,
  citationsOf: (record: T) => readonly Citation[],
) {
  const rows = records.flatMap((record) =>
    citationsOf(record).map((citation, index) => ({ record, index, citation })),
  );
  type Row = (typeof rows)[number];
  return table<Row>(
    name,
    rows,
    [
      ...owner.map(({ field, value }) => ({ field, value: (r: Row) => value(r.record) })),
      column<Row>('index', 'integer', 'Position among the record’s citations.', (r) => r.index, {
        required: true,
      }),
      column<Row>('source', 'string', 'Source id.', (r) => r.citation.source, REQUIRED),
      column<Row>('quote', 'string', 'Verbatim quote.', (r) => text(r.citation.quote)),
      column<Row>('locator', 'string', 'Where in the source.', (r) => text(r.citation.locator)),
    ],
    [...owner.map(({ field }) => field.name), 'index'],
    [ownerKey, ref(['source'], 'sources')],
  );
}

function ownerColumn<T extends { readonly id: string }>(name: string): Column<T> {
  return column<T>(name, 'string', `Id of the citing ${name}.`, (r) => r.id, REQUIRED);
}

/** @internal */
export function toDataPackageIn(data: Dataset): DataPackage {
  const pillarNames = data.pillars.flatMap((pillar) =>
    pillar.names.map((n, index) => ({ pillar: pillar.id, index, ...n })),
  );
  type PillarName = (typeof pillarNames)[number];
  const tables = [
    table(
      'sources',
      data.sources,
      [
        column('id', 'string', 'Source id.', (r) => r.id, KEY),
        column('title', 'string', 'Title as published.', (r) => r.title, REQUIRED),
        column('publisher', 'string', 'Publisher of the page read.', (r) => r.publisher, REQUIRED),
        column('url', 'string', 'Address read.', (r) => r.url, {
          required: true,
          pattern: '^https?://\\S+$',
        }),
        column('published', 'string', PARTIAL, (r) => r.published, DATE),
        column('kind', 'string', 'Kind of document.', (r) => r.kind, oneOf(SOURCE_KINDS)),
        column(
          'official',
          'boolean',
          'Government or parliamentary publication.',
          (r) => r.official,
          REQUIRED,
        ),
        column('note', 'string', 'Caveats.', (r) => text(r.note)),
      ],
      ['id'],
    ),
    table(
      'countries',
      data.countries,
      [
        column('id', 'string', 'ISO 3166-1 alpha-2.', (r) => r.id, {
          ...KEY,
          pattern: '^[A-Z]{2}$',
        }),
        column('alpha3', 'string', 'ISO 3166-1 alpha-3.', (r) => r.alpha3, {
          ...KEY,
          pattern: '^[A-Z]{3}$',
        }),
        column('numeric', 'string', 'ISO 3166-1 numeric, 3 digits.', (r) => r.numeric, {
          ...KEY,
          pattern: '^\\d{3}$',
        }),
        column('name', 'string', 'Name.', (r) => r.name, REQUIRED),
        column('aliases', 'string', 'Other names joined by ";".', (r) => r.aliases.join(';')),
      ],
      ['id'],
    ),
    table(
      'partnerships',
      data.partnerships,
      [
        column('id', 'string', 'Partnership id.', (r) => r.id, KEY),
        column('name', 'string', 'Name.', (r) => r.name, REQUIRED),
        column('established', 'string', PARTIAL, (r) => r.established, DATE),
        column(
          'members',
          'string',
          'Founding members joined by ";"; one row each in partnership-members.',
          (r) => r.members.join(';'),
          REQUIRED,
        ),
        column('summary', 'string', 'Summary.', (r) => r.summary, REQUIRED),
      ],
      ['id'],
    ),
    links(
      'partnership-members',
      'partnership',
      'partnerships',
      'country',
      'countries',
      data.partnerships,
      (r) => r.members,
    ),
    table(
      'pillars',
      data.pillars,
      [
        column('id', 'string', 'Pillar id.', (r) => r.id, KEY),
        column('partnership', 'string', 'Partnership id.', (r) => r.partnership, REQUIRED),
        column('number', 'integer', 'Pillar number.', (r) => r.number, REQUIRED),
        column('summary', 'string', 'Summary.', (r) => r.summary, REQUIRED),
      ],
      ['id'],
      [ref(['partnership'], 'partnerships')],
    ),
    table<PillarName>(
      'pillar-names',
      pillarNames,
      [
        column('pillar', 'string', 'Pillar id.', (r) => r.pillar, REQUIRED),
        column('index', 'integer', 'Position in date order.', (r) => r.index, REQUIRED),
        column('name', 'string', 'Official name.', (r) => r.name, REQUIRED),
        column('from', 'string', PARTIAL, (r) => r.from, DATE),
        column('to', 'string', `${PARTIAL} Empty while in use.`, (r) => text(r.to), OPTIONAL_DATE),
      ],
      ['pillar', 'index'],
      [ref(['pillar'], 'pillars')],
    ),
    table(
      'capability-areas',
      data.capabilityAreas,
      [
        column('id', 'string', 'Area id.', (r) => r.id, KEY),
        column('pillar', 'string', 'Pillar id.', (r) => r.pillar, REQUIRED),
        column('name', 'string', 'Official heading.', (r) => r.name, REQUIRED),
        column('introduced', 'string', PARTIAL, (r) => r.introduced, DATE),
        column('note', 'string', 'Caveats.', (r) => text(r.note)),
      ],
      ['id'],
      [ref(['pillar'], 'pillars')],
    ),
    table(
      'projects',
      data.projects,
      [
        column('id', 'string', 'Project id.', (r) => r.id, KEY),
        column('name', 'string', 'Name.', (r) => r.name, REQUIRED),
        column('acronym', 'string', 'Acronym.', (r) => text(r.acronym)),
        column('pillar', 'string', 'Pillar id.', (r) => r.pillar, REQUIRED),
        column('capabilityArea', 'string', 'Capability area id.', (r) => text(r.capabilityArea)),
        column(
          'participants',
          'string',
          'Country ids joined by ";"; one row each in project-participants.',
          (r) => r.participants.join(';'),
        ),
        column('from', 'string', PARTIAL, (r) => r.from, DATE),
        column('to', 'string', PARTIAL, (r) => text(r.to), OPTIONAL_DATE),
        column('summary', 'string', 'Summary.', (r) => r.summary, REQUIRED),
        column('note', 'string', 'Caveats.', (r) => text(r.note)),
      ],
      ['id'],
      [ref(['pillar'], 'pillars'), ref(['capabilityArea'], 'capability-areas')],
    ),
    links(
      'project-participants',
      'project',
      'projects',
      'country',
      'countries',
      data.projects,
      (r) => r.participants,
    ),
    table(
      'participations',
      data.participations,
      [
        column('id', 'string', 'Spell id.', (r) => r.id, KEY),
        column('country', 'string', 'ISO 3166-1 alpha-2.', (r) => r.country, REQUIRED),
        column('pillar', 'string', 'Pillar id; empty for the whole partnership.', (r) =>
          text(r.pillar),
        ),
        column(
          'status',
          'string',
          'Status on the ladder.',
          (r) => r.status,
          oneOf(PARTICIPATION_STATUSES),
        ),
        column('claim', 'string', 'official or reported.', (r) => r.claim, oneOf(CLAIMS)),
        column('from', 'string', `${PARTIAL} Inclusive.`, (r) => r.from, DATE),
        column(
          'to',
          'string',
          `${PARTIAL} Inclusive; empty while it holds at the snapshot.`,
          (r) => text(r.to),
          OPTIONAL_DATE,
        ),
        column('note', 'string', 'Caveats.', (r) => text(r.note)),
      ],
      ['id'],
      [ref(['country'], 'countries'), ref(['pillar'], 'pillars')],
    ),
    table(
      'events',
      data.events,
      [
        column('id', 'string', 'Event id.', (r) => r.id, KEY),
        column('date', 'string', PARTIAL, (r) => r.date, DATE),
        column('kind', 'string', 'Event kind.', (r) => r.kind, oneOf(EVENT_KINDS)),
        column('title', 'string', 'Headline.', (r) => r.title, REQUIRED),
        column('summary', 'string', 'Summary.', (r) => r.summary, REQUIRED),
        column(
          'countries',
          'string',
          'Country ids joined by ";"; one row each in event-countries.',
          (r) => r.countries.join(';'),
        ),
        column(
          'pillars',
          'string',
          'Pillar ids joined by ";"; one row each in event-pillars.',
          (r) => r.pillars.join(';'),
        ),
        column(
          'confidence',
          'string',
          'How directly the sources attest it.',
          (r) => r.confidence,
          oneOf(CONFIDENCES),
        ),
        column('note', 'string', 'Caveats.', (r) => text(r.note)),
      ],
      ['id'],
    ),
    links(
      'event-countries',
      'event',
      'events',
      'country',
      'countries',
      data.events,
      (r) => r.countries,
    ),
    links('event-pillars', 'event', 'events', 'pillar', 'pillars', data.events, (r) => r.pillars),
    table(
      'people',
      data.people,
      [
        column('id', 'string', 'Person id.', (r) => r.id, KEY),
        column('name', 'string', 'Name.', (r) => r.name, REQUIRED),
      ],
      ['id'],
    ),
    table(
      'statements',
      data.statements,
      [
        column('id', 'string', 'Statement id.', (r) => r.id, KEY),
        column('date', 'string', PARTIAL, (r) => r.date, DATE),
        column('speaker', 'string', 'Person id.', (r) => text(r.speaker)),
        column('issuer', 'string', 'Issuing body.', (r) => text(r.issuer)),
        column('text', 'string', 'The exact words.', (r) => r.text, REQUIRED),
        column('event', 'string', 'Event id.', (r) => text(r.event)),
        column('note', 'string', 'Caveats.', (r) => text(r.note)),
      ],
      ['id'],
      [ref(['speaker'], 'people'), ref(['event'], 'events')],
    ),
    table(
      'tenures',
      data.tenures,
      [
        column('id', 'string', 'Tenure id.', (r) => r.id, KEY),
        column('person', 'string', 'Person id.', (r) => r.person, REQUIRED),
        column('country', 'string', 'ISO 3166-1 alpha-2.', (r) => r.country, REQUIRED),
        column('role', 'string', 'The office.', (r) => r.role, oneOf(OFFICE_ROLES)),
        column('from', 'string', PARTIAL, (r) => r.from, DATE),
        column('to', 'string', PARTIAL, (r) => text(r.to), OPTIONAL_DATE),
        column(
          'fromObserved',
          'boolean',
          'from is only the first date attested.',
          (r) => r.fromObserved === true,
          REQUIRED,
        ),
        column(
          'toObserved',
          'boolean',
          'to is only the last date attested.',
          (r) => r.toObserved === true,
          REQUIRED,
        ),
        column('note', 'string', 'Caveats.', (r) => text(r.note)),
      ],
      ['id'],
      [ref(['person'], 'people'), ref(['country'], 'countries')],
    ),
    table(
      'commitments',
      data.commitments ?? [],
      [
        column('id', 'string', 'Commitment id.', (r) => r.id, KEY),
        column(
          'kind',
          'string',
          'pledge, payment or budget.',
          (r) => r.kind,
          oneOf(COMMITMENT_KINDS),
        ),
        column('payer', 'string', 'ISO 3166-1 alpha-2 of the payer.', (r) => r.payer, REQUIRED),
        column('recipient', 'string', 'Country id or named body.', (r) => r.recipient, REQUIRED),
        column('purpose', 'string', 'What the money is for.', (r) => r.purpose, REQUIRED),
        column(
          'value',
          'number',
          'Amount in whole units of the currency.',
          (r) => r.amount.value,
          REQUIRED,
        ),
        column('currency', 'string', 'ISO 4217 code, never converted.', (r) => r.amount.currency, {
          required: true,
          pattern: '^[A-Z]{3}$',
        }),
        column('low', 'number', 'Lower bound, where the source gives one.', (r) => r.amount.low),
        column('high', 'number', 'Upper bound, where the source gives one.', (r) => r.amount.high),
        column('date', 'string', PARTIAL, (r) => r.date, DATE),
        column('partOf', 'string', 'Id of the commitment it is part of.', (r) => text(r.partOf)),
        column('pillar', 'string', 'Pillar id.', (r) => text(r.pillar)),
        column('project', 'string', 'Project id.', (r) => text(r.project)),
        column('note', 'string', 'Caveats.', (r) => text(r.note)),
      ],
      ['id'],
      [
        ref(['payer'], 'countries'),
        ref(['partOf'], 'commitments'),
        ref(['pillar'], 'pillars'),
        ref(['project'], 'projects'),
      ],
    ),
    citationTable(
      'partnership-citations',
      data.partnerships,
      [ownerColumn('partnership')],
      ref(['partnership'], 'partnerships'),
      (r) => r.citations,
    ),
    citationTable(
      'pillar-citations',
      data.pillars,
      [ownerColumn('pillar')],
      ref(['pillar'], 'pillars'),
      (r) => r.citations,
    ),
    citationTable<PillarName>(
      'pillar-name-citations',
      pillarNames,
      [
        column('pillar', 'string', 'Pillar id.', (r) => r.pillar, REQUIRED),
        column('name', 'integer', 'Index of the name in pillar-names.', (r) => r.index, REQUIRED),
      ],
      ref(['pillar', 'name'], 'pillar-names', ['pillar', 'index']),
      (r) => r.citations,
    ),
    citationTable(
      'capability-area-citations',
      data.capabilityAreas,
      [ownerColumn('capabilityArea')],
      ref(['capabilityArea'], 'capability-areas'),
      (r) => r.citations,
    ),
    citationTable(
      'project-citations',
      data.projects,
      [ownerColumn('project')],
      ref(['project'], 'projects'),
      (r) => r.citations,
    ),
    citationTable(
      'participation-citations',
      data.participations,
      [ownerColumn('participation')],
      ref(['participation'], 'participations'),
      (r) => r.citations,
    ),
    citationTable(
      'event-citations',
      data.events,
      [ownerColumn('event')],
      ref(['event'], 'events'),
      (r) => r.citations,
    ),
    citationTable(
      'statement-citations',
      data.statements,
      [ownerColumn('statement')],
      ref(['statement'], 'statements'),
      (r) => r.citations,
    ),
    citationTable(
      'tenure-citations',
      data.tenures,
      [ownerColumn('tenure')],
      ref(['tenure'], 'tenures'),
      (r) => r.citations,
    ),
    citationTable(
      'commitment-citations',
      data.commitments ?? [],
      [ownerColumn('commitment')],
      ref(['commitment'], 'commitments'),
      (r) => r.citations,
    ),
  ];
  return {
    descriptor: {
      profile: 'tabular-data-package',
      name: data.meta.name,
      title: `${data.meta.name} dataset`,
      version: data.meta.version,
      description: `${data.meta.description} Snapshot: ${data.meta.snapshotDate}.`,
      // The snapshot, not the clock: the same data always gives the same package.
      created: `${formatDay(certainStart(data.meta.snapshotDate))}T00:00:00Z`,
      licenses: [{ name: data.meta.license }],
      contributors: [{ title: `${data.meta.name} contributors`, role: 'author' }],
      sources: data.sources.map((s) => ({
        title: `${s.publisher}: ${s.title} (${s.published})`,
        path: s.url,
      })),
      resources: tables.map((t) => t.resource),
    },
    files: tables.map((t) => t.file),
  };
}

/**
 * The seed as a Frictionless Tabular Data Package: one CSV per collection, link tables for lists
 * of ids, and one citations table per collection. Each resource declares its CSV dialect and a
 * Table Schema with constraints and foreign keys, so a validator checks every reference. pandas,
 * R, DuckDB and frictionless-py read it without code. The same package ships as
 * `aukus/datapackage.json`.
 *
 * @returns The descriptor and the CSV files, as fresh objects.
 * @category Visualization and export
 * @example
 * ```ts
 * import { toDataPackage } from 'aukus';
 * const { descriptor } = toDataPackage();
 * descriptor.resources.map((r) => r.name).includes('participation-citations'); // true
 * ```
 */
export function toDataPackage(): DataPackage {
  return toDataPackageIn(seed);
}
