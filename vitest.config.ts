import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Vitest's default for a run is one worker fewer than the cores: on a 2-core machine, one.
    maxWorkers: 2,
  },
});
