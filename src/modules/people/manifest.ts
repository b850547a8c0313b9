import type { ModuleManifest } from "../../core/module.ts";
import "./db/tables.ts";
import { peopleRegister } from "./db/migrations/20261122-03-people-register.ts";
import { peopleApi } from "./http/api.ts";
import { peoplePages } from "./http/pages.tsx";
import { peoplePolicies } from "./policy.ts";

export const peopleManifest: ModuleManifest = {
  name: "people",
  migrations: [peopleRegister],
  policies: peoplePolicies,
  adminTabs: [
    { path: "ho", order: 20, label: { vi: "Hộ gia đình", en: "Households" }, kinds: ["province", "central_city", "commune", "ward", "special_zone", "village", "residential_group"] },
  ],
  pages: peoplePages,
  api: peopleApi,
};
