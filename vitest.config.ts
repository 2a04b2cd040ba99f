import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/env.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Socket tests open real loopback servers; keep parallelism modest on a 2-core machine.
    maxWorkers: 2,
  },
});
