// Size budgets, brotli-compressed, as a browser bundler would ship them.
export default [
  // The status helpers take `knownAt`, so they need each source's publication date: they read
  // the small table src/data/source-dates.ts (about 1 kB), never the sources collection (about
  // 15 kB). Measured 11.6 and 12.1 kB.
  { name: 'isMember alone', path: 'dist/index.js', import: '{ isMember }', limit: '13 kB' },
  {
    name: 'statusOf and pillarPartners',
    path: 'dist/index.js',
    import: '{ statusOf, pillarPartners }',
    limit: '13 kB',
  },
  // The whole entry carries the whole seed. Measured with esbuild + brotli (data 0.2.0, which
  // runs to mid-2026 with about twice the sources and events of 0.1.0): `{ dataset }` alone is
  // 35.7 kB (sources 14.8, events 12.8, statements 6.9, participations 4.7), the code about
  // 16 kB, and the source-dates table repeats about 1 kB of the sources so that the status
  // helpers need not carry them. 52.8 kB in all: the seed explains the growth past 50 kB.
  { name: 'the whole core entry', path: 'dist/index.js', import: '*', limit: '55 kB' },
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
