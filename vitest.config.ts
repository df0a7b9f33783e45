import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Forks, not threads: each test file gets its own process, so native modules and the
    // SIGKILL tests never share state.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
