import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: `${import.meta.dirname}/..`,
    include: ['tests/unit/**/*.test.ts', 'tests/api/**/*.test.ts'],
    // argon2 hashing is deliberately slow; a little headroom keeps the suite from flaking on 2 cores.
    testTimeout: 20_000,
  },
});
