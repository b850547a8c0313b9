import { createHash } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "./env.ts";

// Public pages (cacheable, nobody signed in) are rendered once per few seconds per process and
// answered from memory in between; conditional requests get 304 through a strong ETag. Nothing
// here needs sharing between processes: each holds a short-lived copy of public content only.
// A page is kept from its second request within a minute on: addresses asked once (a crawler's,
// or query strings made up to get past the cache) are rendered and sent without being encoded,
// hashed and stored, and cannot push the pages people read out of the cache.

interface Entry {
  body: Uint8Array<ArrayBuffer>;
  /** The page's own headers and its ETag; never those of one request (see PER_REQUEST). */
  headers: Record<string, string>;
  etag: string;
  status: ContentfulStatusCode;
  expires: number;
}

export interface PublicCacheOptions {
  ttlMs: number;
  maxEntries: number;
}

/** Headers that belong to one request, not to the page: each answer sets its own. */
const PER_REQUEST = new Set(["content-length", "x-request-id"]);

const hasCredentials = (cookie: string | undefined, auth: string | undefined) =>
  !!auth || (!!cookie && /(?:^|;\s*)coso_sid=/.test(cookie));

// Answers through `c.body`, which adds the headers already set on `c` for this request (request
// id, security headers) without copying any Response.
const answer = (c: Context<AppEnv>, e: Entry) =>
  c.req.header("if-none-match") === e.etag
    ? c.body(null, 304, e.headers)
    : c.body(e.body, e.status, e.headers);

const utf8 = new TextEncoder();
const SEEN_MS = 60_000;

export function publicCache(
  opts: PublicCacheOptions,
): MiddlewareHandler<AppEnv> & { clear(): void } {
  const entries = new Map<string, Entry>();
  /** Keys asked for once, with when (oldest first), to admit a page on its second request. */
  const seen = new Map<string, number>();
  const handler: MiddlewareHandler<AppEnv> = async (c, next) => {
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
    if (hit && hit.expires > now) return answer(c, hit);
    if (!hit && (seen.get(key) ?? 0) <= now - SEEN_MS) {
      seen.delete(key);
      seen.set(key, now);
      if (seen.size > opts.maxEntries * 4) seen.delete(seen.keys().next().value!);
      return next();
    }
    seen.delete(key);
    await next();
    const res = c.res;
    const cacheable =
      res.status === 200 &&
      /\bpublic\b/.test(res.headers.get("cache-control") ?? "") &&
      !res.headers.has("set-cookie");
    if (!cacheable) return;
    // A page keeps the text it was rendered from: encoding it is cheaper than reading the
    // response back (which builds a second, stream-backed Response). Compressed or other
    // bodies are read.
    const html = c.get("pageHtml");
    const body =
      html !== undefined && !res.headers.has("content-encoding")
        ? utf8.encode(html)
        : new Uint8Array(await res.arrayBuffer());
    const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
    const headers: Record<string, string> = {};
    res.headers.forEach((v, k) => {
      if (!PER_REQUEST.has(k)) headers[k] = v;
    });
    headers.etag = etag;
    const entry: Entry = { body, headers, etag, status: 200, expires: now + opts.ttlMs };
    if (entries.size >= opts.maxEntries) entries.delete(entries.keys().next().value!);
    entries.delete(key);
    entries.set(key, entry);
    // The rendered response is spent (its body was read): drop it rather than assign over it,
    // which would make Hono copy it into the new one.
    c.res = undefined;
    c.res = answer(c, entry);
  };
  return Object.assign(handler, {
    clear: () => {
      entries.clear();
      seen.clear();
    },
  });
}
