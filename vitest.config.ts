import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'renderer/**/*.test.ts', 'scripts/**/*.test.ts', 'electron/**/*.test.ts'],
    environment: 'node',
    // The machines are shared (load averages of 10–20 on 2 cores): a first test that loads the
    // importers can take over vitest's 5 s default there.
    testTimeout: 30_000,
  },
});
