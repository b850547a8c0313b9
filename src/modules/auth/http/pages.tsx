import type { Context, Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { AppError, unauthenticated } from "../../../core/errors.ts";
import { SESSION_COOKIE } from "../../../core/http/app.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { readForm } from "../../../core/http/forms.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { pick } from "../../../core/i18n/lang.ts";
import {
  CsrfField,
  ErrorSummary,
  Field,
  type FieldErrors,
  Notice,
  Table,
} from "../../../core/views/components.tsx";
import { changePassword } from "../commands/change-password.ts";
import { createApiToken } from "../commands/create-api-token.ts";
import { signIn } from "../commands/sign-in.ts";
import { signOut } from "../commands/sign-out.ts";
import { SESSION_DAYS } from "../sessions.ts";

const T = {
  signIn: { vi: "Đăng nhập", en: "Sign in" },
  username: { vi: "Tên đăng nhập", en: "Username" },
  password: { vi: "Mật khẩu", en: "Password" },
  account: { vi: "Tài khoản của tôi", en: "My account" },
  changePassword: { vi: "Đổi mật khẩu", en: "Change password" },
  current: { vi: "Mật khẩu hiện tại", en: "Current password" },
  next: { vi: "Mật khẩu mới", en: "New password" },
  confirm: { vi: "Nhập lại mật khẩu mới", en: "Repeat the new password" },
  changed: {
    vi: "Đã đổi mật khẩu. Các phiên đăng nhập khác đã được đóng.",
    en: "Password changed. Other sessions were signed out.",
  },
  mustChange: {
    vi: "Vui lòng đổi mật khẩu được cấp trước khi tiếp tục.",
    en: "Please change the password you were given.",
  },
  tokens: { vi: "Token cho tích hợp (API)", en: "Integration tokens (API)" },
  tokenName: { vi: "Tên token", en: "Token name" },
  createToken: { vi: "Tạo token", en: "Create token" },
  tokenShown: {
    vi: "Token mới (chỉ hiện một lần, hãy lưu lại ngay):",
    en: "New token (shown once, copy it now):",
  },
  passwordHint: { vi: "Ít nhất 10 ký tự.", en: "At least 10 characters." },
  createdAt: { vi: "Tạo lúc", en: "Created" },
  lastUsed: { vi: "Dùng lần cuối", en: "Last used" },
  usernameRequired: { vi: "Tên đăng nhập là bắt buộc.", en: "Enter your username." },
  passwordRequired: { vi: "Mật khẩu là bắt buộc.", en: "Enter your password." },
  tooLong: {
    vi: "Tên đăng nhập hoặc mật khẩu quá dài.",
    en: "The username or password is too long.",
  },
};

/** Only same-site paths are followed after sign-in. */
const safeNext = (v: string | undefined) =>
  v?.startsWith("/") && !v.startsWith("//") ? v : "/cua-toi";

function sessionCookie(c: Context<AppEnv>, sessionId: string) {
  const secure =
    c.req.url.startsWith("https:") ||
    (c.get("deps").config.trustProxy && c.req.header("x-forwarded-proto") === "https");
  setCookie(c, SESSION_COOKIE, sessionId, {
    path: "/",
    httpOnly: true,
    sameSite: "Lax",
    secure,
    maxAge: SESSION_DAYS * 86_400,
  });
}

function SignInForm(p: {
  c: Context<AppEnv>;
  errors: FieldErrors;
  username?: string;
  next?: string;
}) {
  const lang = p.c.get("lang");
  return (
    <section>
      <h1>{pick(lang, T.signIn)}</h1>
      <ErrorSummary lang={lang} errors={p.errors} />
      <form method="post" action="/dang-nhap" class="stack" novalidate>
        <CsrfField token={p.c.get("csrf")()} />
        <input type="hidden" name="next" value={p.next ?? ""} />
        <Field
          name="username"
          label={pick(lang, T.username)}
          value={p.username}
          errors={p.errors}
          required
          autocomplete="username"
          maxlength={80}
        />
        <Field
          name="password"
          type="password"
          label={pick(lang, T.password)}
          errors={p.errors}
          required
          autocomplete="current-password"
          maxlength={200}
        />
        <button type="submit">{pick(lang, T.signIn)}</button>
      </form>
    </section>
  );
}

export function authPages(app: Hono<AppEnv>, deps: AppDeps) {
  app.get("/dang-nhap", (c) =>
    renderPage(
      c,
      { title: pick(c.get("lang"), T.signIn) },
      <SignInForm c={c} errors={{}} next={c.req.query("next")} />,
    ),
  );

  app.post("/dang-nhap", async (c) => {
    const form = await readForm(c);
    const username = (form.username ?? "").trim();
    const password = form.password ?? "";
    const errors: FieldErrors = {};
    const lang = c.get("lang");
    if (!username) errors.username = pick(lang, T.usernameRequired);
    if (!password) errors.password = pick(lang, T.passwordRequired);
    if (username.length > 80 || password.length > 200) errors.username = pick(lang, T.tooLong);
    if (Object.keys(errors).length === 0) {
      try {
        const { sessionId } = await signIn(deps.db, c.get("ctx"), username, password);
        sessionCookie(c, sessionId);
        return c.redirect(safeNext(form.next), 303);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        if (err.code === "rate_limited") {
          return renderPage(
            c,
            { title: pick(c.get("lang"), T.signIn), status: 429 },
            <SignInForm
              c={c}
              errors={{ username: err.message }}
              username={username}
              next={form.next}
            />,
          );
        }
        errors.username = err.message;
      }
    }
    return renderPage(
      c,
      { title: pick(c.get("lang"), T.signIn), status: 400 },
      <SignInForm c={c} errors={errors} username={username} next={form.next} />,
    );
  });

  app.post("/dang-xuat", async (c) => {
    const sid = getCookie(c, SESSION_COOKIE);
    if (sid) await signOut(deps.db, c.get("ctx"), sid);
    deleteCookie(c, SESSION_COOKIE, { path: "/" });
    return c.redirect("/", 303);
  });

  const accountPage = (
    c: Context<AppEnv>,
    opts: { errors?: FieldErrors; done?: boolean; newToken?: string; status?: 200 | 400 },
  ) =>
    (async () => {
      const viewer = c.get("viewer");
      if (!viewer) throw unauthenticated();
      const lang = c.get("lang");
      const tokens = await deps.db
        .selectFrom("auth_api_token")
        .select(["id", "name", "created_at", "last_used_at"])
        .where("account_id", "=", viewer.accountId)
        .where("revoked_at", "is", null)
        .orderBy("id")
        .execute();
      const errors = opts.errors ?? {};
      return renderPage(
        c,
        { title: pick(lang, T.account), status: opts.status },
        <section>
          <h1>{pick(lang, T.account)}</h1>
          <p class="lead">{viewer.displayName}</p>
          {viewer.mustChangePassword ? (
            <Notice tone="warn">{pick(lang, T.mustChange)}</Notice>
          ) : null}
          {opts.done ? <Notice tone="ok">{pick(lang, T.changed)}</Notice> : null}
          <h2>{pick(lang, T.changePassword)}</h2>
          <ErrorSummary lang={lang} errors={errors} />
          <form method="post" action="/tai-khoan/mat-khau" class="stack" novalidate>
            <CsrfField token={c.get("csrf")()} />
            <Field
              name="current"
              type="password"
              label={pick(lang, T.current)}
              errors={errors}
              required
              autocomplete="current-password"
            />
            <Field
              name="next"
              type="password"
              label={pick(lang, T.next)}
              errors={errors}
              required
              autocomplete="new-password"
              hint={pick(lang, T.passwordHint)}
            />
            <Field
              name="confirm"
              type="password"
              label={pick(lang, T.confirm)}
              errors={errors}
              required
              autocomplete="new-password"
            />
            <button type="submit">{pick(lang, T.changePassword)}</button>
          </form>
          <h2>{pick(lang, T.tokens)}</h2>
          {opts.newToken ? (
            <Notice tone="ok">
              {pick(lang, T.tokenShown)} <code>{opts.newToken}</code>
            </Notice>
          ) : null}
          {tokens.length > 0 ? (
            <Table
              caption={pick(lang, T.tokens)}
              captionHidden
              head={["#", pick(lang, T.tokenName), pick(lang, T.createdAt), pick(lang, T.lastUsed)]}
            >
              {tokens.map((t) => (
                <tr>
                  <td>{t.id}</td>
                  <td>{t.name}</td>
                  <td>{t.created_at.toISOString().slice(0, 16).replace("T", " ")}</td>
                  <td>
                    {t.last_used_at
                      ? t.last_used_at.toISOString().slice(0, 16).replace("T", " ")
                      : "—"}
                  </td>
                </tr>
              ))}
            </Table>
          ) : null}
          <form method="post" action="/tai-khoan/token" class="stack">
            <CsrfField token={c.get("csrf")()} />
            <Field
              name="name"
              label={pick(lang, T.tokenName)}
              errors={errors}
              required
              maxlength={80}
            />
            <button type="submit">{pick(lang, T.createToken)}</button>
          </form>
        </section>,
      );
    })();

  app.get("/tai-khoan", (c) => accountPage(c, { done: c.req.query("xong") === "1" }));

  app.post("/tai-khoan/mat-khau", async (c) => {
    const form = await readForm(c);
    try {
      await changePassword(
        deps.db,
        c.get("ctx"),
        { current: form.current ?? "", next: form.next ?? "", confirm: form.confirm ?? "" },
        getCookie(c, SESSION_COOKIE),
      );
    } catch (err) {
      if (err instanceof AppError && err.code === "validation" && err.field) {
        return accountPage(c, { errors: { [err.field]: err.message }, status: 400 });
      }
      throw err;
    }
    return c.redirect("/tai-khoan?xong=1", 303);
  });

  app.post("/tai-khoan/token", async (c) => {
    const form = await readForm(c);
    try {
      const { token } = await createApiToken(deps.db, c.get("ctx"), form.name ?? "");
      return accountPage(c, { newToken: token });
    } catch (err) {
      if (err instanceof AppError && err.code === "validation" && err.field) {
        return accountPage(c, { errors: { [err.field]: err.message }, status: 400 });
      }
      throw err;
    }
  });
}
