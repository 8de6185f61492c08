/**
 * The AUKUS partnership as typed, sourced, queryable data.
 *
 * Import the query helpers (`isMember`, `statusOf`, `pillarPartners`, …), the seed collections
 * (`countries`, `participations`, `events`, …) or the whole `dataset`. Validation with zod lives
 * in the separate entry `aukus/schema`.
 *
 * @packageDocumentation
 */

export { type Atlas, type AtlasOptions, createAtlas } from './atlas/create-atlas.js';
export { countries } from './data/countries.js';
export { dataset, type SeedDataset } from './data/dataset.js';
export { events } from './data/events.js';
export type {
  CapabilityAreaId,
  CommitmentId,
  CountryId,
  EventId,
  ParticipationId,
  PartnershipId,
  PersonId,
  PillarId,
  ProjectId,
  SourceId,
  StatementId,
  TenureId,
} from './data/ids.js';
export { meta } from './data/meta.js';
export { participations } from './data/participations.js';
export { partnerships } from './data/partnerships.js';
export { people } from './data/people.js';
export { pillars } from './data/pillars.js';
export { projects } from './data/projects.js';
export type { SeedRecord } from './data/seed-record.js';
export { sources } from './data/sources.js';
export { statements } from './data/statements.js';
export { tenures } from './data/tenures.js';
export { checkDataset, type DatasetCheck } from './integrity/check-dataset.js';
export { DatasetError } from './integrity/dataset-error.js';
export {
  type DatasetIssue,
  type DatasetIssueCode,
  formatIssue,
  formatIssuePath,
} from './integrity/issue.js';
export type { CapabilityArea } from './model/capability-area.js';
export type { Citation } from './model/citation.js';
export {
  type Amount,
  COMMITMENT_KINDS,
  type Commitment,
  type CommitmentKind,
} from './model/commitment.js';
export type { Country } from './model/country.js';
export type { Dataset, DatasetMeta } from './model/dataset.js';
export type { DateInput, PartialDate } from './model/dates.js';
export {
  CONFIDENCES,
  type Confidence,
  EVENT_KINDS,
  type Event,
  type EventKind,
} from './model/event.js';
export type { Participation } from './model/participation.js';
export type { Partnership } from './model/partnership.js';
export type { Person } from './model/person.js';
export type { Pillar, PillarName } from './model/pillar.js';
export type { Project } from './model/project.js';
export { SOURCE_KINDS, type Source, type SourceKind } from './model/source.js';
export type { Statement } from './model/statement.js';
export {
  CLAIMS,
  type Claim,
  LADDER_STATUSES,
  type LadderStatus,
  PARTICIPATION_STATUSES,
  type ParticipationStatus,
} from './model/status.js';
export { OFFICE_ROLES, type OfficeRole, type Tenure } from './model/tenure.js';
export { type CapabilityAreasOptions, capabilityAreas } from './query/capability-areas.js';
export {
  type ChangesOptions,
  changesBetween,
  type StatusAndClaim,
  type StatusChange,
} from './query/changes-between.js';
export { type CommitmentsOptions, commitments } from './query/commitments.js';
export {
  type CommittedTotalOptions,
  committedTotal,
  type MoneyTotal,
} from './query/committed-total.js';
export { getCountry, resolveCountry } from './query/countries.js';
export { countryHistory } from './query/country-history.js';
export { isCountryId, isPillarId } from './query/id-guards.js';
export { isMember } from './query/is-member.js';
export { type MembersOptions, membersOf } from './query/members-of.js';
export {
  type OfficeHolder,
  type OfficeHolderOptions,
  officeHolder,
} from './query/office-holder.js';
export {
  type PillarPartner,
  type PillarPartnersOptions,
  pillarPartners,
} from './query/pillar-partners.js';
export type { ReportedClaim, Scope, ScopeStanding, Standing } from './query/standing.js';
export { type StatusOptions, statusOf } from './query/status-of.js';
export { type StatusSpan, type StatusSpansOptions, statusSpans } from './query/status-spans.js';
export { type TimelineOptions, timeline } from './query/timeline.js';
export { type CsvOptions, type CsvValue, toCsv } from './viz/csv.js';
export {
  type DataPackage,
  type DataPackageDescriptor,
  type DataPackageField,
  type DataPackageFile,
  type DataPackageForeignKey,
  type DataPackageLicense,
  type DataPackageResource,
  toDataPackage,
} from './viz/data-package.js';
export { toDot, toMermaid } from './viz/diagrams.js';
export { type GexfOptions, toGexf } from './viz/gexf.js';
export {
  type Graph,
  type GraphLink,
  type GraphNode,
  type GraphOptions,
  toGraph,
} from './viz/graph.js';
export { type MoneyRow, toMoneyRows } from './viz/money-rows.js';
export { type RowsOptions, type StatusRow, toRows } from './viz/rows.js';
export { type TimelineItem, toTimelineItems } from './viz/timeline-items.js';
