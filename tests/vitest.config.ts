import { getViteConfig } from 'astro/config';

// Astro's Vite setup, so component tests can render .astro files with the container API.
export default getViteConfig({
  test: {
    root: `${import.meta.dirname}/..`,
    include: ['tests/unit/**/*.test.ts', 'tests/api/**/*.test.ts'],
    // argon2 hashing is deliberately slow; a little headroom keeps the suite from flaking on 2 cores.
    testTimeout: 20_000,
  },
});
