import type { ModuleManifest } from "../../core/module.ts";
import "./db/tables.ts";
import { peopleRegister } from "./db/migrations/20261122-03-people-register.ts";
import { peoplePolicies } from "./policy.ts";

export const peopleManifest: ModuleManifest = {
  name: "people",
  migrations: [peopleRegister],
  policies: peoplePolicies,
};
