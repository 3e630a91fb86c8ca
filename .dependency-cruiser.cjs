/** Import rules checked by `npm run lint` (dependency-cruiser). */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'No import cycles, type-only imports included: put shared types in a module of their own.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'integrations-stay-in-src',
      severity: 'error',
      comment: 'Build integrations share code with the pages, never with the command line or scripts.',
      from: { path: '^src/integrations/' },
      to: { path: '^(src/cli|scripts)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a type-only cycle is still a cycle.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.d.ts'] },
    exclude: { path: ['^node_modules', '^dist', '^\\.astro'] },
  },
};
