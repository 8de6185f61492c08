/**
 * Zod schemas of the aukus data model, with `parseDataset` to validate your own data against it.
 * This entry needs `zod` (version 4) installed; the main `aukus` entry does not.
 *
 * @packageDocumentation
 */

export {
  checkDataset,
  type DatasetCheck,
} from '../integrity/check-dataset.js';
export { DatasetError } from '../integrity/dataset-error.js';
export {
  type DatasetIssue,
  type DatasetIssueCode,
  formatIssue,
  formatIssuePath,
} from '../integrity/issue.js';
export { AmountSchema, CommitmentSchema } from './commitment.js';
export {
  CapabilityAreaSchema,
  CitationSchema,
  CountrySchema,
  DatasetMetaSchema,
  DatasetSchema,
  EventSchema,
  ParticipationSchema,
  PartnershipSchema,
  PersonSchema,
  PillarNameSchema,
  PillarSchema,
  ProjectSchema,
  SourceSchema,
  StatementSchema,
  TenureSchema,
} from './entities.js';
export {
  parseDataset,
  type SafeParseDatasetFailure,
  type SafeParseDatasetResult,
  type SafeParseDatasetSuccess,
  safeParseDataset,
} from './parse.js';
export {
  FullDateSchema,
  HttpUrlSchema,
  IdSchema,
  PartialDateSchema,
  TextSchema,
} from './primitives.js';
