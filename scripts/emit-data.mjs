// Writes the data files shipped beside the code: the whole seed as JSON and the JSON Schema of the
// dataset format. Runs after tsup, on the built package, so what ships is what users import.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const { dataset, toDataPackage } = await import(join(dist, 'index.js'));
const { parseDataset } = await import(join(dist, 'schema.js'));
const { datasetJsonSchema } = await import(join(root, '.tmp', 'build', 'json-schema.js'));

// Refuse to ship a seed that does not pass its own validation.
parseDataset(JSON.parse(JSON.stringify(dataset)));

// At the package root, so that `aukus/data.json` also resolves where `exports` is not read.
await writeFile(join(root, 'data.json'), `${JSON.stringify(dataset, null, 2)}\n`);
await writeFile(
  join(root, 'dataset.schema.json'),
  `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`,
);
const pkg = toDataPackage();
await rm(join(root, 'csv'), { recursive: true, force: true });
await mkdir(join(root, 'csv'), { recursive: true });
await writeFile(join(root, 'datapackage.json'), `${JSON.stringify(pkg.descriptor, null, 2)}\n`);
for (const file of pkg.files) await writeFile(join(root, file.path), file.content);
console.log(
  `emit-data: wrote data.json, dataset.schema.json, datapackage.json and ${pkg.files.length} CSV files`,
);
