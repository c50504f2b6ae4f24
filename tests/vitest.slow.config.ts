import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: `${import.meta.dirname}/..`,
    include: ['tests/slow/**/*.test.ts'],
    testTimeout: 180_000,
  },
});
