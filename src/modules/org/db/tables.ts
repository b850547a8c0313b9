import type { Generated } from "kysely";
import type { Role } from "../../../core/authz/index.ts";
import type { BodyKind, PositionTitle } from "../domain/body-kinds.ts";
import type { UnitKind } from "../domain/unit-kinds.ts";

export interface OrgUnitTable {
  id: Generated<number>;
  code: string;
  name: string;
  full_name: string;
  name_en: string | null;
  kind: UnitKind;
  kind_since: Generated<string>;
  local_kind_name: string | null;
  parent_id: number | null;
  /** Set by a trigger from the parent's path. */
  path: Generated<string>;
  address: string | null;
  created_at: Generated<Date>;
  dissolved_on: string | null;
}

export interface OrgBodyTable {
  id: Generated<number>;
  unit_id: number;
  kind: BodyKind;
  name: string;
  created_at: Generated<Date>;
  dissolved_on: string | null;
}

export interface OrgPositionTable {
  id: Generated<number>;
  unit_id: number;
  body_id: number;
  person_id: number;
  title: PositionTitle;
  role: Role;
  term_start: string;
  term_end: string | null;
}

declare module "../../../core/db/schema.ts" {
  interface Database {
    org_unit: OrgUnitTable;
    org_body: OrgBodyTable;
    org_position: OrgPositionTable;
  }
}
