import * as z from 'zod/mini';
import type { CapabilityArea } from '../model/capability-area.js';
import type { Country } from '../model/country.js';
import type { Dataset, DatasetMeta } from '../model/dataset.js';
import { CONFIDENCES, EVENT_KINDS, type Event } from '../model/event.js';
import type { Participation } from '../model/participation.js';
import type { Partnership } from '../model/partnership.js';
import type { Person } from '../model/person.js';
import type { Pillar, PillarName } from '../model/pillar.js';
import type { Project } from '../model/project.js';
import { SOURCE_KINDS, type Source } from '../model/source.js';
import type { Statement } from '../model/statement.js';
import { CLAIMS, PARTICIPATION_STATUSES } from '../model/status.js';
import { OFFICE_ROLES, type Tenure } from '../model/tenure.js';
import { CitationSchema } from './citation.js';
import { CommitmentSchema } from './commitment.js';
import {
  FullDateSchema,
  HttpUrlSchema,
  IdSchema,
  PartialDateSchema,
  TextSchema,
} from './primitives.js';

const list = <T extends z.core.SomeType>(item: T) => z.readonly(z.array(item));
const optional = z.exactOptional;

export { CitationSchema, citationShape } from './citation.js';

const citations = list(CitationSchema);

/** The zod schema behind {@link SourceSchema}, with its inferred type. @internal */
export const sourceShape = z.readonly(
  z.strictObject({
    id: IdSchema,
    title: TextSchema,
    publisher: TextSchema,
    url: HttpUrlSchema,
    published: PartialDateSchema,
    kind: z.enum(SOURCE_KINDS),
    official: z.boolean(),
    note: optional(TextSchema),
  }),
);

/**
 * Schema of a {@link Source}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { SourceSchema } from 'aukus/schema';
 * import { sources } from 'aukus';
 * z.safeParse(SourceSchema, sources[0]).success; // true
 * ```
 */
export const SourceSchema: z.ZodMiniType<Source> = sourceShape;

/** The zod schema behind {@link CountrySchema}, with its inferred type. @internal */
export const countryShape = z.readonly(
  z.strictObject({
    id: z.string().check(z.regex(/^[A-Z]{2}$/, 'Expected an ISO 3166-1 alpha-2 code')),
    alpha3: z.string().check(z.regex(/^[A-Z]{3}$/, 'Expected an ISO 3166-1 alpha-3 code')),
    numeric: z.string().check(z.regex(/^\d{3}$/, 'Expected a 3-digit ISO 3166-1 numeric code')),
    name: TextSchema,
    aliases: list(TextSchema),
  }),
);

/**
 * Schema of a {@link Country}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { CountrySchema } from 'aukus/schema';
 * z.safeParse(CountrySchema, { id: 'FR', alpha3: 'FRA', numeric: '250', name: 'France', aliases: [] }).success; // true
 * ```
 */
export const CountrySchema: z.ZodMiniType<Country> = countryShape;

/** The zod schema behind {@link PartnershipSchema}, with its inferred type. @internal */
export const partnershipShape = z.readonly(
  z.strictObject({
    id: IdSchema,
    name: TextSchema,
    established: PartialDateSchema,
    members: list(IdSchema),
    summary: TextSchema,
    citations,
  }),
);

/**
 * Schema of a {@link Partnership}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { PartnershipSchema } from 'aukus/schema';
 * import { partnerships } from 'aukus';
 * z.safeParse(PartnershipSchema, partnerships[0]).success; // true
 * ```
 */
export const PartnershipSchema: z.ZodMiniType<Partnership> = partnershipShape;

/** The zod schema behind {@link PillarNameSchema}, with its inferred type. @internal */
export const pillarNameShape = z.readonly(
  z.strictObject({
    name: TextSchema,
    from: PartialDateSchema,
    to: optional(PartialDateSchema),
    citations,
  }),
);

/**
 * Schema of a {@link PillarName}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { PillarNameSchema } from 'aukus/schema';
 * z.safeParse(PillarNameSchema, { name: 'Submarines', from: '2022-04-05', citations: [] }).success; // true
 * ```
 */
export const PillarNameSchema: z.ZodMiniType<PillarName> = pillarNameShape;

/** The zod schema behind {@link PillarSchema}, with its inferred type. @internal */
export const pillarShape = z.readonly(
  z.strictObject({
    id: IdSchema,
    partnership: IdSchema,
    number: z.number().check(z.int(), z.positive()),
    names: list(PillarNameSchema),
    summary: TextSchema,
    citations,
  }),
);

/**
 * Schema of a {@link Pillar}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { PillarSchema } from 'aukus/schema';
 * import { pillars } from 'aukus';
 * z.safeParse(PillarSchema, pillars[1]).success; // true
 * ```
 */
export const PillarSchema: z.ZodMiniType<Pillar> = pillarShape;

/** The zod schema behind {@link CapabilityAreaSchema}, with its inferred type. @internal */
export const capabilityAreaShape = z.readonly(
  z.strictObject({
    id: IdSchema,
    pillar: IdSchema,
    name: TextSchema,
    introduced: PartialDateSchema,
    citations,
    note: optional(TextSchema),
  }),
);

/**
 * Schema of a {@link CapabilityArea}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { CapabilityAreaSchema } from 'aukus/schema';
 * import { dataset } from 'aukus';
 * z.safeParse(CapabilityAreaSchema, dataset.capabilityAreas[0]).success; // true
 * ```
 */
export const CapabilityAreaSchema: z.ZodMiniType<CapabilityArea> = capabilityAreaShape;

/** The zod schema behind {@link ProjectSchema}, with its inferred type. @internal */
export const projectShape = z.readonly(
  z.strictObject({
    id: IdSchema,
    name: TextSchema,
    acronym: optional(TextSchema),
    pillar: IdSchema,
    capabilityArea: optional(IdSchema),
    participants: list(IdSchema),
    from: PartialDateSchema,
    to: optional(PartialDateSchema),
    summary: TextSchema,
    citations,
    note: optional(TextSchema),
  }),
);

/**
 * Schema of a {@link Project}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { ProjectSchema } from 'aukus/schema';
 * import { projects } from 'aukus';
 * z.safeParse(ProjectSchema, projects[0]).success; // true
 * ```
 */
export const ProjectSchema: z.ZodMiniType<Project> = projectShape;

/** The zod schema behind {@link ParticipationSchema}, with its inferred type. @internal */
export const participationShape = z.readonly(
  z.strictObject({
    id: IdSchema,
    country: z.string().check(z.regex(/^[A-Z]{2}$/, 'Expected an ISO 3166-1 alpha-2 code')),
    pillar: optional(IdSchema),
    status: z.enum(PARTICIPATION_STATUSES),
    claim: z.enum(CLAIMS),
    from: PartialDateSchema,
    to: optional(PartialDateSchema),
    citations,
    note: optional(TextSchema),
  }),
);

/**
 * Schema of a {@link Participation} (a status spell).
 *
 * @category Schemas
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { ParticipationSchema } from 'aukus/schema';
 * z.safeParse(ParticipationSchema, {
 *   id: 'x', country: 'JP', status: 'member', claim: 'rumoured', from: '2024', citations: [],
 * }).success; // false: unknown claim
 * ```
 */
export const ParticipationSchema: z.ZodMiniType<Participation> = participationShape;

/** The zod schema behind {@link EventSchema}, with its inferred type. @internal */
export const eventShape = z.readonly(
  z.strictObject({
    id: IdSchema,
    date: PartialDateSchema,
    kind: z.enum(EVENT_KINDS),
    title: TextSchema,
    summary: TextSchema,
    countries: list(IdSchema),
    pillars: list(IdSchema),
    confidence: z.enum(CONFIDENCES),
    citations,
    note: optional(TextSchema),
  }),
);

/**
 * Schema of an {@link Event}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { EventSchema } from 'aukus/schema';
 * import { events } from 'aukus';
 * z.safeParse(EventSchema, events[0]).success; // true
 * ```
 */
export const EventSchema: z.ZodMiniType<Event> = eventShape;

/** The zod schema behind {@link StatementSchema}, with its inferred type. @internal */
export const statementShape = z.readonly(
  z.strictObject({
    id: IdSchema,
    date: PartialDateSchema,
    speaker: optional(IdSchema),
    issuer: optional(TextSchema),
    text: TextSchema,
    event: optional(IdSchema),
    citations,
    note: optional(TextSchema),
  }),
);

/**
 * Schema of a {@link Statement}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { StatementSchema } from 'aukus/schema';
 * import { statements } from 'aukus';
 * z.safeParse(StatementSchema, statements[0]).success; // true
 * ```
 */
export const StatementSchema: z.ZodMiniType<Statement> = statementShape;

/** The zod schema behind {@link PersonSchema}, with its inferred type. @internal */
export const personShape = z.readonly(z.strictObject({ id: IdSchema, name: TextSchema }));

/**
 * Schema of a {@link Person}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { PersonSchema } from 'aukus/schema';
 * z.safeParse(PersonSchema, { id: 'anthony-albanese', name: 'Anthony Albanese' }).success; // true
 * ```
 */
export const PersonSchema: z.ZodMiniType<Person> = personShape;

/** The zod schema behind {@link TenureSchema}, with its inferred type. @internal */
export const tenureShape = z.readonly(
  z.strictObject({
    id: IdSchema,
    person: IdSchema,
    country: z.string().check(z.regex(/^[A-Z]{2}$/, 'Expected an ISO 3166-1 alpha-2 code')),
    role: z.enum(OFFICE_ROLES),
    from: PartialDateSchema,
    to: optional(PartialDateSchema),
    fromObserved: optional(z.boolean()),
    toObserved: optional(z.boolean()),
    citations,
    note: optional(TextSchema),
  }),
);

/**
 * Schema of a {@link Tenure}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { TenureSchema } from 'aukus/schema';
 * import { tenures } from 'aukus';
 * z.safeParse(TenureSchema, tenures[0]).success; // true
 * ```
 */
export const TenureSchema: z.ZodMiniType<Tenure> = tenureShape;

/** The zod schema behind {@link DatasetMetaSchema}, with its inferred type. @internal */
export const datasetMetaShape = z.readonly(
  z.strictObject({
    name: TextSchema,
    version: z
      .string()
      .check(z.regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'Expected a semantic version')),
    snapshotDate: FullDateSchema,
    license: TextSchema,
    description: TextSchema,
  }),
);

/**
 * Schema of {@link DatasetMeta}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { DatasetMetaSchema } from 'aukus/schema';
 * import { meta } from 'aukus';
 * z.safeParse(DatasetMetaSchema, meta).success; // true
 * ```
 */
export const DatasetMetaSchema: z.ZodMiniType<DatasetMeta> = datasetMetaShape;

/** The zod schema behind {@link DatasetSchema}, with its inferred type. @internal */
export const datasetShape = z.readonly(
  z.strictObject({
    meta: DatasetMetaSchema,
    sources: list(SourceSchema),
    countries: list(CountrySchema),
    partnerships: list(PartnershipSchema),
    pillars: list(PillarSchema),
    capabilityAreas: list(CapabilityAreaSchema),
    projects: list(ProjectSchema),
    participations: list(ParticipationSchema),
    events: list(EventSchema),
    statements: list(StatementSchema),
    people: list(PersonSchema),
    tenures: list(TenureSchema),
    commitments: optional(list(CommitmentSchema)),
  }),
);

/**
 * Schema of the shape of a whole {@link Dataset}: every collection, with no unknown keys. The
 * integrity rules (unique ids, references, spell order) are checked by `parseDataset`.
 *
 * @category Schemas
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { DatasetSchema } from 'aukus/schema';
 * import { dataset } from 'aukus';
 * z.safeParse(DatasetSchema, dataset).success; // true
 * ```
 */
export const DatasetSchema: z.ZodMiniType<Dataset> = datasetShape;
