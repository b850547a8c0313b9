import type { ModuleManifest } from "../../core/module.ts";
import "./db/tables.ts";
import { peopleRegister } from "./db/migrations/20261122-03-people-register.ts";
import { peopleMemberPerson } from "./db/migrations/20261122-10-people-member-person.ts";
import { peopleAdminPages, WORKPLACES_FOR_TABS } from "./http/admin-people.tsx";
import { peopleApi } from "./http/api.ts";
import { peoplePages } from "./http/pages.tsx";
import { peoplePolicies } from "./policy.ts";

export const peopleManifest: ModuleManifest = {
  name: "people",
  migrations: [peopleRegister, peopleMemberPerson],
  policies: peoplePolicies,
  adminTabs: [
    { path: "nhan-khau", order: 30, label: { vi: "Nhân khẩu", en: "People" } },
    {
      path: "lao-dong",
      order: 40,
      label: { vi: "Người lao động", en: "Workforce" },
      kinds: WORKPLACES_FOR_TABS,
    },
    {
      path: "ho",
      order: 20,
      label: { vi: "Hộ gia đình", en: "Households" },
      kinds: [
        "province",
        "central_city",
        "commune",
        "ward",
        "special_zone",
        "village",
        "residential_group",
      ],
    },
  ],
  pages: (app, deps) => {
    peoplePages(app, deps);
    peopleAdminPages(app, deps);
  },
  api: peopleApi,
};
