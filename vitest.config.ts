import { defineConfig } from 'vitest/config';

// Unit and evaluation tests run in Node. Real-browser tests live in test/e2e and have their own config.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/eval/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
