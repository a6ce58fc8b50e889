import { defineConfig } from "vitest/config";

// End-to-end: the built service on a loopback port, the pane in Debian's Chromium driven by playwright-core.
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
