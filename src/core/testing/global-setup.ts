import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { type EmbeddedServer, startEmbeddedPostgres } from "../db/embedded.ts";
import { freePort } from "./free-port.ts";
import { prepareTemplate } from "./template-db.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgServerUrl: string;
    templateDb: string;
  }
}

const needsDatabase = (project: TestProject) => project.name !== "unit";

/**
 * One PostgreSQL for the whole run: TEST_DATABASE_URL's server if set (CI uses Debian's
 * PostgreSQL 15 this way), else an embedded PostgreSQL 18 in a temporary directory. The schema is
 * migrated once into a template database; each test file clones it (CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject) {
  const wanted = project.vitest.projects.some(needsDatabase);
  if (!wanted) return;
  let server: EmbeddedServer | undefined;
  let dir: string | undefined;
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    dir = mkdtempSync(join(tmpdir(), "coso-test-pg-"));
    chmodSync(dir, 0o755); // as root, the postgres user must reach the data dir inside

    server = await startEmbeddedPostgres({ dir: join(dir, "pg"), port: await freePort() });
    serverUrl = server.url("postgres");
  }
  const templateDb = `coso_template_${process.pid}`;
  await prepareTemplate(serverUrl, templateDb);
  project.provide("pgServerUrl", serverUrl);
  project.provide("templateDb", templateDb);
  return async () => {
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
