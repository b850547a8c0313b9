import type { ModuleManifest } from "../../core/module.ts";
import "./db/tables.ts";
import { disclosureIndicators } from "./db/indicators.ts";
import { disclosureTables } from "./db/migrations/20261122-06-disclosure.ts";
import { NOTICE_CSS } from "./documents/notice-css.ts";
import { disclosureAdminChannels } from "./http/admin-channels.tsx";
import { disclosureAdminCompliance } from "./http/admin-compliance.tsx";
import { disclosureAdminItem } from "./http/admin-item.tsx";
import { disclosureAdminList } from "./http/admin-list.tsx";
import { disclosureAdminPlans } from "./http/admin-plans.tsx";
import { disclosureAdminRegister } from "./http/admin-register.tsx";
import { disclosureApi } from "./http/api.ts";
import { disclosureFeed } from "./http/feed.ts";
import { disclosureInfoRequestAdminItem } from "./http/info-request-admin-item.tsx";
import { disclosureInfoRequestAdminList } from "./http/info-request-admin-list.tsx";
import { disclosureInfoRequestPublic } from "./http/info-request-public.tsx";
import { disclosurePublicPages } from "./http/public.tsx";
import { SHEET_CSS } from "./http/sheet-css.ts";
import { disclosurePolicies } from "./policy.ts";

export const disclosureManifest: ModuleManifest = {
  name: "disclosure",
  migrations: [disclosureTables],
  indicators: disclosureIndicators,
  policies: disclosurePolicies,
  adminTabs: [
    {
      path: "cong-khai",
      order: 15,
      label: { vi: "Công khai", en: "Disclosure" },
      kinds: [
        "province",
        "central_city",
        "commune",
        "ward",
        "special_zone",
        "state_agency",
        "public_service_unit",
        "state_enterprise",
        "enterprise",
      ],
    },
  ],
  publicLinks: [
    {
      path: "cong-khai",
      order: 10,
      label: { vi: "Thông tin công khai", en: "Disclosures" },
      hint: {
        vi: "Những gì đơn vị phải công khai theo Luật 10/2022, tìm kiếm không cần dấu.",
        en: "What the unit must disclose under Law 10/2022; search without diacritics.",
      },
      kinds: [
        "commune",
        "ward",
        "special_zone",
        "state_agency",
        "public_service_unit",
        "state_enterprise",
        "enterprise",
      ],
    },
  ],
  styles: NOTICE_CSS + SHEET_CSS,
  api: disclosureApi,
  pages: (app, deps) => {
    disclosureFeed(app, deps);
    disclosureAdminCompliance(app, deps);
    disclosureAdminChannels(app, deps);
    disclosureAdminPlans(app, deps);
    disclosureAdminRegister(app, deps);
    disclosureAdminList(app, deps);
    disclosureAdminItem(app, deps);
    disclosurePublicPages(app, deps);
    disclosureInfoRequestAdminList(app, deps);
    disclosureInfoRequestAdminItem(app, deps);
    disclosureInfoRequestPublic(app, deps);
  },
};
