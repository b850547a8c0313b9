// Runs Biome's own binary. The @biomejs/biome wrapper lists every platform's binary as an
// optional dependency, and the npm registry reachable here serves only the Linux ones, which
// makes `npm ci` refuse the lock file; so the Linux binaries are installed directly (ADR 1).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const arch = process.arch === "arm64" ? "arm64" : "x64";
const binary = fileURLToPath(
  new URL(`../node_modules/@biomejs/cli-linux-${arch}/biome`, import.meta.url),
);
if (process.platform !== "linux" || !existsSync(binary)) {
  console.error(
    `Biome chỉ được cài cho Linux (${binary} không có). Cài @biomejs/biome để dùng trên máy khác.`,
  );
  process.exit(2);
}
const run = spawnSync(binary, process.argv.slice(2), { stdio: "inherit" });
process.exit(run.status ?? 1);
