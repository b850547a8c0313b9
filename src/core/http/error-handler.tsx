import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { ZodError } from "zod";
import { AppError, ImportError } from "../errors.ts";
import { pick } from "../i18n/lang.ts";
import { ui } from "../i18n/ui.ts";
import { messageLang } from "../views/components.tsx";
import type { AppEnv } from "./env.ts";
import { renderPage } from "./page.tsx";

const INTERNAL = {
  vi: "Hệ thống gặp sự cố. Vui lòng thử lại sau ít phút.",
  en: "The system ran into a problem. Please try again in a few minutes.",
};

const isApi = (c: Context<AppEnv>) => c.req.path.startsWith("/api/");

/** Maps PostgreSQL constraint errors that slipped past validation to a clear 4xx. */
function fromPostgres(err: unknown): AppError | null {
  const code = (err as { code?: unknown }).code;
  if (typeof code !== "string" || !/^[0-9A-Z]{5}$/.test(code)) return null;
  switch (code) {
    case "23505":
      return new AppError("conflict", "Dữ liệu bị trùng với một bản ghi đã có.");
    case "23503":
      return new AppError("validation", "Dữ liệu tham chiếu tới một bản ghi không tồn tại.");
    case "23514":
    case "23502":
    case "22001":
    case "22P02":
    case "22007":
    case "22008":
    case "22003":
      return new AppError(
        "validation",
        (err as Error).message.startsWith("Hộ") ? (err as Error).message : "Dữ liệu không hợp lệ.",
      );
    default:
      return null;
  }
}

export function toAppError(err: unknown): AppError | null {
  if (err instanceof AppError) return err;
  if (err instanceof ZodError) {
    const issue = err.issues[0];
    return new AppError(
      "validation",
      issue?.message ?? "Dữ liệu không hợp lệ.",
      issue?.path.join("."),
    );
  }
  if (err instanceof HTTPException) {
    if (err.status === 413) return new AppError("payload_too_large", "Dữ liệu gửi lên quá lớn.");
    if (err.status === 400)
      return new AppError(
        "validation",
        "Nội dung gửi lên không hợp lệ (sai cú pháp JSON hoặc biểu mẫu).",
      );
  }
  if (err instanceof SyntaxError && /JSON/.test(err.message)) {
    return new AppError("validation", "Nội dung gửi lên không phải JSON hợp lệ.");
  }
  return fromPostgres(err);
}

/** One error handler: a typed error becomes its status with a page or a (Vietnamese) JSON body. */
export function handleError(err: Error, c: Context<AppEnv>) {
  const appErr = toAppError(err);
  if (!appErr) {
    c.get("deps")?.log.error(
      { err: { message: err.message, stack: err.stack }, requestId: c.get("requestId") },
      "unhandled error",
    );
  }
  const status = (appErr?.status ?? 500) as 400 | 401 | 403 | 404 | 409 | 413 | 429 | 500;
  const message = appErr?.message ?? INTERNAL.vi;
  const code = appErr?.code ?? "internal";
  if (isApi(c)) {
    const body: Record<string, unknown> = { code, message };
    if (appErr?.field) body.field = appErr.field;
    if (appErr instanceof ImportError) body.rows = appErr.rows;
    else if (appErr?.details) body.details = appErr.details;
    return c.json({ error: body }, status);
  }
  if (appErr?.code === "unauthenticated" && c.req.method === "GET") {
    return c.redirect(`/dang-nhap?next=${encodeURIComponent(c.req.path)}`, 303);
  }
  const lang = c.get("lang") ?? "vi";
  const t = ui(lang);
  const title = status === 404 ? t.notFoundTitle : status === 403 ? t.forbiddenTitle : t.errorTitle;
  // Typed errors keep their (Vietnamese) message; only the generic one is the page's own text.
  const pageMessage = appErr ? appErr.message : pick(lang, INTERNAL);
  return renderPage(
    c,
    { title, status },
    <section class="error-page">
      <h1>{title}</h1>
      <p class="lead" lang={messageLang(lang, pageMessage)}>
        {pageMessage}
      </p>
      <p>
        <a href="/">{t.backHome}</a>
      </p>
    </section>,
  );
}
