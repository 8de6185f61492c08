// Size budgets, brotli-compressed, as a browser bundler would ship them.
export default [
  // The status helpers take `knownAt`: they carry each source's id and publication date
  // (src/data/source-dates.ts), never the whole sources collection.
  { name: 'isMember alone', path: 'dist/index.js', import: '{ isMember }', limit: '12 kB' },
  {
    name: 'statusOf and pillarPartners',
    path: 'dist/index.js',
    import: '{ statusOf, pillarPartners }',
    limit: '12 kB',
  },
  // The whole entry carries the whole seed: data 0.2.0 runs to mid-2026 with about twice the
  // sources and events of 0.1.0, and the seed alone (data.json, minified) is about 38 kB brotli;
  // the code of every helper, the CLI excluded, adds about 19 kB.
  { name: 'the whole core entry', path: 'dist/index.js', import: '*', limit: '60 kB' },
  {
    name: 'aukus/schema with zod/mini',
    path: 'dist/schema.js',
    import: '*',
    // 0.2.0: every data rule (checkDataset), did-you-mean hints and record ids add about 2.5 kB.
    limit: '13 kB',
    // zod is a peer dependency, which size-limit leaves out by default; users ship it, so count it.
    modifyEsbuildConfig(config) {
      return { ...config, external: [] };
    },
  },
];
