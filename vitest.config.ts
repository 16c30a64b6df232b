import { defineConfig } from 'vitest/config';

// End-to-end tests spawn the built CLI; on a busy 2-core machine one spawn can take a second.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
