import type { MiddlewareHandler } from "hono";

// Pages need no script: the CSP forbids all of it, and inline styles too.
const CSP = [
  "default-src 'self'",
  "script-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join("; ");

// Set before the handler runs: setting headers on a finished response would copy it.
export const securityHeaders =
  (https: () => boolean): MiddlewareHandler =>
  async (c, next) => {
    c.header("Content-Security-Policy", CSP);
    c.header("X-Content-Type-Options", "nosniff");
    c.header("X-Frame-Options", "DENY");
    c.header("Referrer-Policy", "same-origin");
    c.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    c.header("Cross-Origin-Opener-Policy", "same-origin");
    if (https()) c.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    await next();
  };
