import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";

// Environment is validated once at start (Epic Stack practice): a bad value stops the process
// with a message that names the variable, rather than failing later in a request.
const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z.string().url().optional(),
  COSO_DATA_DIR: z.string().default("./data"),
  COSO_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  COSO_SECRET: z.string().min(32).optional(),
  COSO_DATA_KEY: z.string().optional(),
  COSO_TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  COSO_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "silent"]).default("info"),
  NODE_ENV: z.string().default("development"),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  pgPort: number;
  /** Signs CSRF tokens and derives the HMAC key for ID-number lookups. */
  secret: string;
  /** 32-byte key for AES-256-GCM encryption of sensitive personal data at rest. */
  dataKey: Buffer;
  trustProxy: boolean;
  logLevel: string;
  production: boolean;
}

/** Reads a secret from the environment, or from a file in the data dir created on first run. */
function persistentSecret(dataDir: string, name: string, fromEnv: string | undefined): string {
  if (fromEnv) return fromEnv;
  const file = resolve(dataDir, name);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const value = randomBytes(32).toString("base64");
  writeFileSync(file, value, { mode: 0o600 });
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Biến môi trường không hợp lệ: ${issue?.path.join(".")} — ${issue?.message}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.COSO_DATA_DIR);
  const secret = persistentSecret(dataDir, "secret.key", e.COSO_SECRET);
  const dataKey = Buffer.from(persistentSecret(dataDir, "data.key", e.COSO_DATA_KEY), "base64");
  if (dataKey.length !== 32) throw new Error("COSO_DATA_KEY phải là 32 byte mã hoá base64.");
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    pgPort: e.COSO_PG_PORT,
    secret,
    dataKey,
    trustProxy: e.COSO_TRUST_PROXY === "1",
    logLevel: e.COSO_LOG_LEVEL,
    production: e.NODE_ENV === "production",
  };
}
