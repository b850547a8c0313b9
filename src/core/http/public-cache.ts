import { createHash } from "node:crypto";
import type { MiddlewareHandler } from "hono";

// Public pages (cacheable, nobody signed in) are rendered once per few seconds per process and
// answered from memory in between; conditional requests get 304 through a strong ETag. Nothing
// here needs sharing between processes: each holds a short-lived copy of public content only.

interface Entry {
  body: Uint8Array;
  etag: string;
  headers: [string, string][];
  status: number;
  expires: number;
}

export interface PublicCacheOptions {
  ttlMs: number;
  maxEntries: number;
}

const hasCredentials = (cookie: string | undefined, auth: string | undefined) =>
  !!auth || (!!cookie && /(?:^|;\s*)coso_sid=/.test(cookie));

export function publicCache(opts: PublicCacheOptions): MiddlewareHandler & { clear(): void } {
  const entries = new Map<string, Entry>();
  const answer = (e: Entry, ifNoneMatch: string | undefined) => {
    const headers = new Headers(e.headers);
    headers.set("ETag", e.etag);
    if (ifNoneMatch === e.etag) return new Response(null, { status: 304, headers });
    return new Response(e.body, { status: e.status, headers });
  };
  const handler: MiddlewareHandler = async (c, next) => {
    if (
      c.req.method !== "GET" ||
      hasCredentials(c.req.header("cookie"), c.req.header("authorization"))
    ) {
      return next();
    }
    const lang = /(?:^|;\s*)lang=en/.test(c.req.header("cookie") ?? "") ? "en" : "vi";
    const gzip = /\bgzip\b/.test(c.req.header("accept-encoding") ?? "") ? "gz" : "id";
    const key = `${lang} ${gzip} ${c.req.url}`;
    const now = Date.now();
    const hit = entries.get(key);
    if (hit && hit.expires > now) return answer(hit, c.req.header("if-none-match"));
    await next();
    const res = c.res;
    const cacheable =
      res.status === 200 &&
      /\bpublic\b/.test(res.headers.get("cache-control") ?? "") &&
      !res.headers.has("set-cookie");
    if (!cacheable) return;
    const body = new Uint8Array(await res.arrayBuffer());
    const entry: Entry = {
      body,
      etag: `"${createHash("sha1").update(body).digest("base64url")}"`,
      headers: [...res.headers.entries()].filter(([k]) => k !== "content-length"),
      status: res.status,
      expires: now + opts.ttlMs,
    };
    if (entries.size >= opts.maxEntries) entries.delete(entries.keys().next().value!);
    entries.delete(key);
    entries.set(key, entry);
    c.res = answer(entry, c.req.header("if-none-match"));
  };
  return Object.assign(handler, { clear: () => entries.clear() });
}
