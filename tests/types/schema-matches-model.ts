// Compile-time proof that the zod schemas and the TypeScript model describe the same types, in
// both directions. `npm run typecheck` fails when they drift apart; nothing here runs.
import type * as z from 'zod/mini';
import type {
  Amount,
  CapabilityArea,
  Citation,
  CLAIMS,
  Claim,
  COMMITMENT_KINDS,
  CONFIDENCES,
  Commitment,
  CommitmentKind,
  Confidence,
  Country,
  Dataset,
  DatasetMeta,
  EVENT_KINDS,
  Event,
  EventKind,
  LADDER_STATUSES,
  LadderStatus,
  OFFICE_ROLES,
  OfficeRole,
  PARTICIPATION_STATUSES,
  Participation,
  ParticipationStatus,
  Partnership,
  Person,
  Pillar,
  PillarName,
  Project,
  SOURCE_KINDS,
  Source,
  SourceKind,
  Statement,
  Tenure,
} from '../../src/index.js';
import type { amountShape, commitmentShape } from '../../src/schema/commitment.js';
// The exported schemas are annotated with the model types; these are the zod values behind them,
// with the types zod infers from their shape.
import type {
  capabilityAreaShape,
  citationShape,
  countryShape,
  datasetMetaShape,
  datasetShape,
  eventShape,
  participationShape,
  partnershipShape,
  personShape,
  pillarNameShape,
  pillarShape,
  projectShape,
  sourceShape,
  statementShape,
  tenureShape,
} from '../../src/schema/entities.js';

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

export type Checks = [
  Expect<Equal<z.infer<typeof citationShape>, Citation>>,
  Expect<Equal<z.infer<typeof sourceShape>, Source>>,
  Expect<Equal<z.infer<typeof countryShape>, Country>>,
  Expect<Equal<z.infer<typeof partnershipShape>, Partnership>>,
  Expect<Equal<z.infer<typeof pillarNameShape>, PillarName>>,
  Expect<Equal<z.infer<typeof pillarShape>, Pillar>>,
  Expect<Equal<z.infer<typeof capabilityAreaShape>, CapabilityArea>>,
  Expect<Equal<z.infer<typeof projectShape>, Project>>,
  Expect<Equal<z.infer<typeof participationShape>, Participation>>,
  Expect<Equal<z.infer<typeof eventShape>, Event>>,
  Expect<Equal<z.infer<typeof statementShape>, Statement>>,
  Expect<Equal<z.infer<typeof personShape>, Person>>,
  Expect<Equal<z.infer<typeof tenureShape>, Tenure>>,
  Expect<Equal<z.infer<typeof datasetMetaShape>, DatasetMeta>>,
  Expect<Equal<z.infer<typeof datasetShape>, Dataset>>,
  Expect<Equal<z.infer<typeof amountShape>, Amount>>,
  Expect<Equal<z.infer<typeof commitmentShape>, Commitment>>,
];

// Every vocabulary list holds exactly the values of its type, so the runtime checks and the
// schemas can never miss one.
export type Vocabularies = [
  Expect<Equal<(typeof PARTICIPATION_STATUSES)[number], ParticipationStatus>>,
  Expect<Equal<(typeof LADDER_STATUSES)[number], LadderStatus>>,
  Expect<Equal<(typeof CLAIMS)[number], Claim>>,
  Expect<Equal<(typeof EVENT_KINDS)[number], EventKind>>,
  Expect<Equal<(typeof CONFIDENCES)[number], Confidence>>,
  Expect<Equal<(typeof SOURCE_KINDS)[number], SourceKind>>,
  Expect<Equal<(typeof OFFICE_ROLES)[number], OfficeRole>>,
  Expect<Equal<(typeof COMMITMENT_KINDS)[number], CommitmentKind>>,
];
