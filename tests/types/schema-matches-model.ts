// Compile-time proof that the zod schemas and the TypeScript model describe the same types, in
// both directions. `npm run typecheck` fails when they drift apart; nothing here runs.
import type * as z from 'zod/mini';
import type {
  CapabilityArea,
  Citation,
  Country,
  Dataset,
  DatasetMeta,
  Event,
  Participation,
  Partnership,
  Person,
  Pillar,
  PillarName,
  Project,
  Source,
  Statement,
  Tenure,
} from '../../src/index.js';
import type {
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
} from '../../src/schema/index.js';

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

export type Checks = [
  Expect<Equal<z.infer<typeof CitationSchema>, Citation>>,
  Expect<Equal<z.infer<typeof SourceSchema>, Source>>,
  Expect<Equal<z.infer<typeof CountrySchema>, Country>>,
  Expect<Equal<z.infer<typeof PartnershipSchema>, Partnership>>,
  Expect<Equal<z.infer<typeof PillarNameSchema>, PillarName>>,
  Expect<Equal<z.infer<typeof PillarSchema>, Pillar>>,
  Expect<Equal<z.infer<typeof CapabilityAreaSchema>, CapabilityArea>>,
  Expect<Equal<z.infer<typeof ProjectSchema>, Project>>,
  Expect<Equal<z.infer<typeof ParticipationSchema>, Participation>>,
  Expect<Equal<z.infer<typeof EventSchema>, Event>>,
  Expect<Equal<z.infer<typeof StatementSchema>, Statement>>,
  Expect<Equal<z.infer<typeof PersonSchema>, Person>>,
  Expect<Equal<z.infer<typeof TenureSchema>, Tenure>>,
  Expect<Equal<z.infer<typeof DatasetMetaSchema>, DatasetMeta>>,
  Expect<Equal<z.infer<typeof DatasetSchema>, Dataset>>,
];
