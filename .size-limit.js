// Size budgets, brotli-compressed, as a browser bundler would ship them.
export default [
  { name: 'isMember alone', path: 'dist/index.js', import: '{ isMember }', limit: '12 kB' },
  {
    name: 'statusOf and pillarPartners',
    path: 'dist/index.js',
    import: '{ statusOf, pillarPartners }',
    limit: '12 kB',
  },
  { name: 'the whole core entry', path: 'dist/index.js', import: '*', limit: '30 kB' },
  {
    name: 'aukus/schema with zod/mini',
    path: 'dist/schema.js',
    import: '*',
    limit: '12 kB',
    // zod is a peer dependency, which size-limit leaves out by default; users ship it, so count it.
    modifyEsbuildConfig(config) {
      return { ...config, external: [] };
    },
  },
];
