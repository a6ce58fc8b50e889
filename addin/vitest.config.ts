import { defineConfig } from "vitest/config";

// Unit tests: the Office.js adapters against office-addin-mock, and the pure helpers. No browser, no service.
export default defineConfig({
  test: {
    include: ["test/unit/**/*.test.ts"],
    environment: "node",
    // A hang guard, not a speed check: converting and schema-validating the manifest takes a few seconds when the
    // machine is busy.
    testTimeout: 60_000,
  },
});
