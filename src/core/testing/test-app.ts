import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { makeIdentify } from "../../modules/auth/index.ts";
import { modules } from "../../modules.ts";
import { loadConfig } from "../config/config.ts";
import type { Db } from "../db/database.ts";
import { createApp } from "../http/app.ts";
import type { AppDeps } from "../http/env.ts";
import { createLogger } from "../log.ts";
import { DiskStorage } from "../storage/file-storage.ts";
import { useTestDatabase } from "./test-db.ts";

export const TEST_SECRET = "test-secret-test-secret-test-secret-0123";
export const TEST_DATA_KEY = Buffer.alloc(32, 7).toString("base64");

export function testConfig() {
  return loadConfig({
    COSO_SECRET: TEST_SECRET,
    COSO_DATA_KEY: TEST_DATA_KEY,
    COSO_DATA_DIR: "/nonexistent",
    NODE_ENV: "test",
  });
}

/** The whole app in-process over a fresh real PostgreSQL database. */
export async function useTestApp(): Promise<{
  app: ReturnType<typeof createApp>;
  db: Db;
  deps: AppDeps;
}> {
  const { db } = await useTestDatabase();
  const files = mkdtempSync(join(tmpdir(), "coso-test-files-"));
  afterAll(() => rmSync(files, { recursive: true, force: true }));
  const deps: AppDeps = {
    db,
    config: testConfig(),
    log: createLogger(process.env.COSO_TEST_LOG ?? "silent"),
    identify: makeIdentify(db),
    storage: new DiskStorage(files),
  };
  return { app: createApp(deps, modules), db, deps };
}

type Fetcher = { request: (input: string, init?: RequestInit) => Response | Promise<Response> };

/** A browser-like client: keeps cookies, reads the CSRF token from the last page. */
export class TestClient {
  private cookies = new Map<string, string>();
  csrf = "";
  lastBody = "";
  constructor(private readonly app: Fetcher) {}

  private cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private remember(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (/Max-Age=0/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async get(path: string, headers: Record<string, string> = {}) {
    const res = await this.app.request(path, {
      headers: { cookie: this.cookieHeader(), ...headers },
    });
    this.remember(res);
    this.lastBody = await res.clone().text();
    const m = this.lastBody.match(/name="_csrf" value="([^"]+)"/);
    if (m) this.csrf = m[1]!;
    return res;
  }

  async post(path: string, form: Record<string, string>, opts: { csrf?: string | null } = {}) {
    const body = new URLSearchParams({ ...form });
    const token = opts.csrf === undefined ? this.csrf : opts.csrf;
    if (token !== null) body.set("_csrf", token);
    const res = await this.app.request(path, {
      method: "POST",
      headers: { cookie: this.cookieHeader(), "content-type": "application/x-www-form-urlencoded" },
      body: body.toString(),
    });
    this.remember(res);
    this.lastBody = await res.clone().text();
    const m = this.lastBody.match(/name="_csrf" value="([^"]+)"/);
    if (m) this.csrf = m[1]!;
    return res;
  }

  async signIn(username: string, password: string) {
    await this.get("/dang-nhap");
    const res = await this.post("/dang-nhap", { username, password });
    if (res.status !== 303) throw new Error(`sign-in failed: ${res.status}`);
    await this.get("/cua-toi");
    return res;
  }

  cookieHeaderForTests() {
    return this.cookieHeader();
  }

  hasCookie(name: string) {
    return this.cookies.has(name);
  }
}

/** Response JSON for assertions (tests index into it freely). */
// biome-ignore lint/suspicious/noExplicitAny: test assertions walk arbitrary JSON
export const jsonOf = async (res: Response): Promise<any> => res.json();
