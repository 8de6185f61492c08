// An esbuild plugin for tsup: each seed collection module (src/data/<name>.ts, written as typed
// object literals so that ids are literal types and data reviews read as code) is emitted as
// `parseFrozen('<JSON>')`. V8 compiles a large object literal far more slowly than it scans one
// string and parses it as JSON, so importing the package gets cheaper (issue #17) while what
// users receive is the same deep-frozen data. Types (.d.ts) still come from the sources.
import { dirname } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

/** The seed modules whose exports are data, and nothing but data. */
const DATA_MODULE = /[\\/]src[\\/]data[\\/]([a-z-]+)\.ts$/;
const NOT_DATA = new Set(['dataset', 'ids', 'seed-record', 'seed-source-dates', 'source-dates']);

/** Evaluates one seed module at build time, with the build's own esbuild, and returns its exports. */
async function evaluate(esbuild, path) {
  const bundled = await esbuild.build({
    entryPoints: [path],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
  });
  const code = bundled.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/**
 * JSON text as a single-quoted JS string in ASCII. Non-ASCII characters and `'` become JSON
 * `\\uXXXX` escapes: pure-ASCII source is decoded and scanned on V8's one-byte fast path, and
 * with no `'` left esbuild keeps the single quotes (it would otherwise print a template literal,
 * which V8 scans twice as slowly, cooked and raw).
 */
function asStringLiteral(json) {
  const ascii = json.replace(
    /[\u007f-\uffff']/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `'${ascii.replace(/\\/g, '\\\\')}'`;
}

/** @returns {import('esbuild').Plugin} */
export function seedAsJson() {
  return {
    name: 'seed-as-json',
    setup(esbuild) {
      esbuild.onLoad({ filter: DATA_MODULE }, async (args) => {
        const name = DATA_MODULE.exec(args.path)?.[1];
        if (name === undefined || NOT_DATA.has(name)) return undefined;
        const exports = await evaluate(esbuild.esbuild, args.path);
        const lines = [`import { parseFrozen } from '../internal/parse-frozen.js';`];
        for (const [key, value] of Object.entries(exports)) {
          const json = JSON.stringify(value);
          // Only data that survives a JSON round trip unchanged may be shipped this way.
          if (json === undefined || !isDeepStrictEqual(JSON.parse(json), value)) {
            throw new Error(`seed-as-json: ${args.path} export ${key} is not plain JSON data`);
          }
          lines.push(
            `export const ${key} = /* @__PURE__ */ parseFrozen(${asStringLiteral(json)});`,
          );
        }
        return { contents: lines.join('\n'), loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
}
