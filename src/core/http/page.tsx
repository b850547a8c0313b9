import type { Context } from "hono";
import type { Child } from "hono/jsx";
import type { Crumb } from "../views/components.tsx";
import { Layout } from "../views/layout.tsx";
import type { AppEnv } from "./env.ts";

export interface PageOptions {
  title: string;
  crumbs?: Crumb[];
  status?: 200 | 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500;
  /** Public pages may be cached by browsers and proxies when nobody is signed in. */
  publicCache?: boolean;
}

export function renderPage(c: Context<AppEnv>, opts: PageOptions, body: Child) {
  const viewer = c.get("viewer");
  const signedIn = viewer !== null;
  const html = (
    <Layout
      lang={c.get("lang")}
      title={opts.title}
      viewer={viewer}
      csrfToken={signedIn ? c.get("csrf")() : ""}
      path={c.req.path}
      crumbs={opts.crumbs}
    >
      {body}
    </Layout>
  );
  c.header(
    "Cache-Control",
    opts.publicCache && !signedIn ? "public, max-age=60, must-revalidate" : "private, no-store",
  );
  c.header("Vary", "Cookie, Accept-Encoding");
  const text = `<!doctype html>${html}`;
  c.set("pageHtml", text);
  return c.html(text, opts.status ?? 200);
}
