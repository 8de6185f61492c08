import * as z from 'zod/mini';
import { DatasetSchema } from './entities.js';

/**
 * The JSON Schema (draft 2020-12) of a dataset's shape, generated from the zod schemas at build
 * time and shipped as `aukus/dataset.schema.json`. It is not part of the `aukus/schema` entry,
 * because zod's JSON Schema generator would more than double that entry's size.
 *
 * @internal
 */
export function datasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DatasetSchema, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://unpkg.com/aukus/dataset.schema.json',
    title: 'aukus dataset',
    description:
      'A dataset in the format of the aukus npm package. Integrity rules (unique ids, references, non-overlapping spells, real calendar dates) are checked by parseDataset from aukus/schema.',
  };
}
