// Size budgets, brotli-compressed, as a browser bundler would ship them.
export default [
  // The status helpers take `knownAt`: they carry each source's id and publication date
  // (src/data/source-dates.ts), never the whole sources collection. The precomputed decision
  // timelines and the allocation-free date parser (issue #17) add about 0.5 kB: 12.2 and 12.7 kB.
  { name: 'isMember alone', path: 'dist/index.js', import: '{ isMember }', limit: '13 kB' },
  {
    name: 'statusOf and pillarPartners',
    path: 'dist/index.js',
    import: '{ statusOf, pillarPartners }',
    limit: '13 kB',
  },
  // The whole entry carries the whole seed: data 0.2.0 runs to mid-2026 with about twice the
  // sources and events of 0.1.0, plus commitments. Measured (esbuild + brotli): `{ dataset }`
  // alone 37.8 kB (sources 15.1, events 12.8, statements 7.0, participations 4.7), commitments
  // with their helpers 6.2 kB, 57.0 kB in all: the data, not the code, is past the old 50 kB.
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
