import { randomUUID } from "node:crypto";
import { OpenAPIHono } from "@hono/zod-openapi";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { compress } from "hono/compress";
import { getCookie, setCookie } from "hono/cookie";
import { AppError } from "../errors.ts";
import { parseLang } from "../i18n/lang.ts";
import type { ModuleManifest } from "../module.ts";
import { useModuleStyles } from "../views/static-assets.ts";
import { ANON_COOKIE, csrfToken, csrfValid, newAnonKey } from "./csrf.ts";
import type { AppDeps, AppEnv } from "./env.ts";
import { handleError } from "./error-handler.tsx";
import { renderPage } from "./page.tsx";
import { publicCache } from "./public-cache.ts";
import { RateCounter } from "./rate-limit.ts";
import { securityHeaders } from "./security-headers.ts";

export const SESSION_COOKIE = "coso_sid";
const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const MAY_SKIP_PASSWORD_CHANGE = /^\/(tai-khoan|dang-xuat|ngon-ngu|static\/|api\/|healthz)/;

/** The request pipeline of ARCHITECTURE.md: one app for pages, the JSON API and health. */
export function createApp(deps: AppDeps, modules: readonly ModuleManifest[]) {
  const requestCounter = new RateCounter(deps.db);
  const https = (c: { req: { url: string; header(n: string): string | undefined } }) =>
    c.req.url.startsWith("https:") ||
    (deps.config.trustProxy && c.req.header("x-forwarded-proto") === "https");

  deps.adminTabs = modules.flatMap((m) => m.adminTabs ?? []).sort((a, b) => a.order - b.order);
  deps.publicLinks = modules.flatMap((m) => m.publicLinks ?? []).sort((a, b) => a.order - b.order);
  deps.indicators = modules.flatMap((m) => (m.indicators ? [m.indicators] : []));
  const app = new Hono<AppEnv>();
  app.onError(handleError);

  app.use(async (c, next) => {
    const requestId = c.req.header("x-request-id")?.slice(0, 64) || randomUUID();
    c.set("requestId", requestId);
    c.set("deps", deps);
    // Set before the handler runs: a header set on a finished response makes Hono copy it.
    c.header("X-Request-Id", requestId);
    const started = performance.now();
    await next();
    if (c.res.status >= 500 || deps.config.logLevel === "debug") {
      deps.log.info(
        {
          requestId,
          method: c.req.method,
          path: c.req.path,
          status: c.res.status,
          ms: Math.round(performance.now() - started),
        },
        "request",
      );
    }
  });
  app.use(securityHeaders(() => false));
  app.use(async (c, next) => {
    if (https(c)) c.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    await next();
  });
  // The cache sits outside compression, so a page is gzipped once per key, not per request.
  app.use(publicCache({ ttlMs: 5_000, maxEntries: 2_000 }));
  app.use(compress({ threshold: 1024 }));
  // No request body is bigger than a 20 MB attachment plus its form.
  app.on(
    ["POST", "PUT", "PATCH", "DELETE"],
    "*",
    bodyLimit({
      maxSize: 21 * 1024 * 1024,
      onError: () => {
        throw new AppError("payload_too_large", "Dữ liệu gửi lên quá lớn (tối đa 21 MB).");
      },
    }),
  );

  const css = useModuleStyles(modules.flatMap((m) => (m.styles ? [m.styles] : [])));
  app.get(css.href, (c) => {
    c.header("Content-Type", "text/css; charset=utf-8");
    c.header("Cache-Control", "public, max-age=31536000, immutable");
    return c.body(css.body);
  });

  // Language: a cookie chosen by the switcher; Vietnamese by default.
  app.use(async (c, next) => {
    c.set("lang", parseLang(getCookie(c, "lang")) ?? "vi");
    await next();
  });
  app.get("/ngon-ngu", (c) => {
    const lang = parseLang(c.req.query("lang")) ?? "vi";
    const next = c.req.query("next") ?? "/";
    setCookie(c, "lang", lang, {
      path: "/",
      maxAge: 31536000,
      sameSite: "Lax",
      httpOnly: true,
      secure: https(c),
    });
    return c.redirect(next.startsWith("/") && !next.startsWith("//") ? next : "/", 303);
  });

  // Identity: the session cookie for people, a bearer token for integrations.
  app.use(async (c, next) => {
    const auth = c.req.header("authorization");
    const bearer = auth?.toLowerCase().startsWith("bearer ") ? auth.slice(7).trim() : undefined;
    const sessionId = getCookie(c, SESSION_COOKIE);
    const who =
      sessionId || bearer ? await deps.identify({ sessionId, bearerToken: bearer }) : null;
    const ip = clientIp(c, deps.config.trustProxy);
    c.set("ctx", {
      actor: who?.ctx.actor ?? { kind: "anonymous", accountId: null, personId: null, grants: [] },
      ip,
      requestId: c.get("requestId"),
    });
    c.set("viewer", who?.viewer ?? null);
    const sessionKey = who?.sessionKey ?? null;
    let anonKey = getCookie(c, ANON_COOKIE);
    c.set("csrf", () => {
      if (sessionKey) return csrfToken(deps.config.secret, sessionKey);
      if (!anonKey) {
        anonKey = newAnonKey();
        setCookie(c, ANON_COOKIE, anonKey, {
          path: "/",
          httpOnly: true,
          sameSite: "Lax",
          secure: https(c),
        });
      }
      return csrfToken(deps.config.secret, `anon:${anonKey}`);
    });
    // CSRF guards ambient credentials (cookies). Token requests carry none, and an anonymous
    // API call has no authority to abuse: it is answered 401 further on.
    const actorKind = c.get("ctx").actor.kind;
    const exempt =
      actorKind === "token" || (actorKind === "anonymous" && c.req.path.startsWith("/api/"));
    limitRequest(requestCounter, c.req.method, c.req.path, c.get("ctx"));
    // A password handed out by an administrator is changed before anything else.
    if (
      who?.viewer?.mustChangePassword &&
      c.req.method === "GET" &&
      !MAY_SKIP_PASSWORD_CHANGE.test(c.req.path)
    ) {
      return c.redirect("/tai-khoan", 303);
    }
    if (UNSAFE.has(c.req.method) && !exempt) {
      const key = sessionKey ?? (anonKey ? `anon:${anonKey}` : null);
      const given = c.req.header("x-csrf-token") ?? (await formToken(c));
      if (!key || !csrfValid(deps.config.secret, key, given)) {
        throw new AppError(
          "csrf",
          "Phiên làm việc đã hết hạn hoặc biểu mẫu không hợp lệ. Vui lòng tải lại trang và thử lại.",
        );
      }
    }
    await next();
  });

  app.get("/healthz", async (c) => {
    await deps.db.selectNoFrom((eb) => eb.val(1).as("one")).execute();
    return c.json({ status: "ok" });
  });

  const api = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        throw new AppError(
          "validation",
          issue?.message ?? "Dữ liệu không hợp lệ.",
          issue?.path.join("."),
        );
      }
    },
  });
  for (const m of modules) {
    m.pages?.(app, deps);
    m.api?.(api, deps);
  }
  api.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Cơ Sở API",
      version: "1.0.0",
      description: "API của nền tảng dân chủ ở cơ sở.",
    },
    servers: [{ url: "/api/v1" }],
  });
  api.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
  });
  app.route("/api/v1", api);
  app.get("/api/v1/health", async (c) => {
    await deps.db.selectNoFrom((eb) => eb.val(1).as("one")).execute();
    return c.json({ status: "ok" });
  });
  app.all("/api/*", () => {
    throw new AppError("not_found", "Không có điểm cuối API này.");
  });
  app.notFound((c) => {
    throw new AppError(
      "not_found",
      c.req.path.startsWith("/api/")
        ? "Không có điểm cuối API này."
        : "Trang bạn tìm không tồn tại hoặc đã được chuyển đi.",
    );
  });
  return app;
}

/**
 * Shared limits (PostgreSQL counters, so they hold across processes; `RateCounter` adds each
 * process's hits to them in batches): every write, and every API
 * call, per signed-in account or token, else per address. Public pages are not limited here;
 * they are cacheable and belong behind the operator's proxy limits.
 */
export const REQUEST_LIMITS = { writesPerMinute: 120, apiCallsPerMinute: 600 };

function limitRequest(
  counter: RateCounter,
  method: string,
  path: string,
  ctx: { actor: { accountId: number | null }; ip: string | null },
) {
  const who = ctx.actor.accountId ? `a${ctx.actor.accountId}` : `ip${ctx.ip ?? "?"}`;
  if (UNSAFE.has(method)) counter.hit(`write:${who}`, REQUEST_LIMITS.writesPerMinute, 60);
  else if (path.startsWith("/api/"))
    counter.hit(`api:${who}`, REQUEST_LIMITS.apiCallsPerMinute, 60);
}

async function formToken(c: {
  req: { header(n: string): string | undefined; parseBody(): Promise<Record<string, unknown>> };
}) {
  const type = c.req.header("content-type") ?? "";
  if (!type.includes("form")) return undefined;
  const body = await c.req.parseBody();
  const v = body._csrf;
  return typeof v === "string" ? v : undefined;
}

function clientIp(
  c: { req: { header(n: string): string | undefined }; env?: unknown },
  trustProxy: boolean,
): string | null {
  if (trustProxy) {
    const fwd = c.req.header("x-forwarded-for");
    if (fwd) return fwd.split(",")[0]?.trim() ?? null;
  }
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)
    ?.incoming;
  return incoming?.socket?.remoteAddress ?? null;
}

export { renderPage };
