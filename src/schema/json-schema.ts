import * as z from 'zod/mini';
import { DatasetSchema } from './entities.js';

/**
 * The JSON Schema (draft 2020-12) of a dataset's shape, generated from the zod schemas; the same
 * document ships as `aukus/dataset.schema.json`. It checks shapes, enums and date and URL
 * patterns; the integrity rules of `parseDataset` (references, uniqueness, overlaps, real
 * calendar days) cannot be written in JSON Schema.
 *
 * @returns A fresh JSON Schema object.
 * @category Schemas
 * @example
 * ```ts
 * import { datasetJsonSchema } from 'aukus/schema';
 * datasetJsonSchema().$schema; // 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export function datasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DatasetSchema, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://unpkg.com/aukus/dist/dataset.schema.json',
    title: 'aukus dataset',
    description:
      'A dataset in the format of the aukus npm package. Integrity rules (unique ids, references, non-overlapping spells, real calendar dates) are checked by parseDataset from aukus/schema.',
  };
}
