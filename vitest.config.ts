import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'renderer/**/*.test.ts', 'scripts/**/*.test.ts', 'electron/**/*.test.ts'],
    environment: 'node',
  },
});
