import type { AdminTab } from "../http/env.ts";
import type { Lang } from "../i18n/lang.ts";
import { pick } from "../i18n/lang.ts";

const T = {
  sections: { vi: "Mục quản trị", en: "Administration sections" },
};

/** The tabs of a unit's admin area, from every module's manifest; the current one is marked. */
export function AdminTabs(p: {
  lang: Lang;
  code: string;
  kind: string;
  tabs: AdminTab[];
  current: string;
}) {
  const tabs = p.tabs.filter((t) => !t.kinds || t.kinds.includes(p.kind));
  return (
    <nav aria-label={pick(p.lang, T.sections)} class="tabs no-print">
      <ul>
        {tabs.map((t) => (
          <li>
            <a
              href={`/quan-tri/${p.code}${t.path ? `/${t.path}` : ""}`}
              aria-current={t.path === p.current ? "page" : undefined}
            >
              {pick(p.lang, t.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
