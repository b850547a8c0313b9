import { defineConfig } from "vitest/config";

// Four tiers (STYLE.md §8): pure unit tests, real-PostgreSQL db tests, in-process HTTP tests
// against real PostgreSQL, and a few browser journeys in Debian's Chromium.
export default defineConfig({
  test: {
    globalSetup: ["./src/core/testing/global-setup.ts"],
    // Registers every module's policies, as the app and the CLI do.
    setupFiles: ["./src/core/testing/register-modules.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
          exclude: ["**/*.db.test.ts", "**/*.http.test.ts"],
        },
      },
      { extends: true, test: { name: "db", include: ["src/**/*.db.test.ts"] } },
      { extends: true, test: { name: "http", include: ["src/**/*.http.test.ts"] } },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.spec.ts"],
          testTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
