import type { Hono } from "hono";
import type { AdminTab, AppDeps, AppEnv } from "../../../core/http/env.ts";
import { conventionAdminItem } from "./convention-admin-item.tsx";
import { CONVENTION_TAB, conventionAdminList } from "./convention-admin-list.tsx";
import { conventionAdminDocuments } from "./convention-documents.tsx";
import { conventionPublicPages } from "./convention-public.tsx";

/** The village-convention pages (NĐ 61/2023): the admin area's tab, its papers (Mẫu 01–05)
 *  and the public pages. */
export function conventionPages(app: Hono<AppEnv>, deps: AppDeps) {
  conventionAdminList(app, deps);
  conventionAdminItem(app, deps);
  conventionAdminDocuments(app, deps);
  conventionPublicPages(app, deps);
}

/** Villages draft and adopt; communes recognise and decide on complaints; provinces report. */
export const conventionAdminTab: AdminTab = {
  path: CONVENTION_TAB,
  order: 26,
  label: { vi: "Hương ước, quy ước", en: "Conventions" },
  kinds: [
    "province",
    "central_city",
    "commune",
    "ward",
    "special_zone",
    "village",
    "residential_group",
  ],
};
