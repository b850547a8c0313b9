import type { Child } from "hono/jsx";
import type { Viewer } from "../http/env.ts";
import type { Lang } from "../i18n/lang.ts";
import { ui } from "../i18n/ui.ts";
import { Breadcrumbs, type Crumb } from "./components.tsx";
import { stylesheet } from "./static-assets.ts";

export interface PageProps {
  lang: Lang;
  title: string;
  viewer: Viewer | null;
  csrfToken: string;
  path: string;
  crumbs?: Crumb[];
  children?: Child;
}

export function Layout(p: PageProps) {
  const t = ui(p.lang);
  const other: Lang = p.lang === "vi" ? "en" : "vi";
  return (
    <html lang={p.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${p.title} — Cơ Sở`}</title>
        <link rel="stylesheet" href={stylesheet().href} />
      </head>
      <body>
        <a class="skip" href="#main">
          {t.skipToContent}
        </a>
        <header class="site-header">
          <div class="wrap header-row">
            <a class="brand" href="/">
              <span class="brand-mark" aria-hidden="true">
                CS
              </span>
              <span>
                Cơ Sở<small>{t.tagline}</small>
              </span>
            </a>
            <nav aria-label={t.mainNav} class="main-nav">
              <ul>
                <li>
                  <a href="/">{t.home}</a>
                </li>
                {p.viewer ? (
                  <>
                    <li>
                      <a href="/cua-toi">{t.mine}</a>
                    </li>
                    <li>
                      <a href="/quan-tri">{t.admin}</a>
                    </li>
                    <li>
                      <a href="/tai-khoan">{t.account}</a>
                    </li>
                    <li>
                      <form method="post" action="/dang-xuat" class="inline">
                        <input type="hidden" name="_csrf" value={p.csrfToken} />
                        <button type="submit" class="link">
                          {t.signOut}
                        </button>
                      </form>
                    </li>
                  </>
                ) : (
                  <li>
                    <a href="/dang-nhap">{t.signIn}</a>
                  </li>
                )}
                <li>
                  <a
                    href={`/ngon-ngu?lang=${other}&next=${encodeURIComponent(p.path)}`}
                    lang={other}
                    hreflang={other}
                  >
                    {other === "en" ? "English" : "Tiếng Việt"}
                  </a>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" class="wrap" tabindex={-1}>
          {p.crumbs && p.crumbs.length > 0 ? <Breadcrumbs lang={p.lang} items={p.crumbs} /> : null}
          {p.children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>{t.footer}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
