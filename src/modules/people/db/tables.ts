import type { Generated } from "kysely";

export interface PeoplePersonTable {
  id: Generated<number>;
  home_unit_id: number;
  full_name: string;
  birth_date: string | null;
  sex: "male" | "female" | null;
  id_number_enc: Buffer | null;
  id_number_hmac: Buffer | null;
  phone: string | null;
  created_at: Generated<Date>;
}

export interface PeopleHouseholdTable {
  id: Generated<number>;
  unit_id: number;
  code: string;
  address: string;
  valid_from: string;
  valid_to: string | null;
  created_at: Generated<Date>;
}

export interface PeopleHouseholdMemberTable {
  id: Generated<number>;
  unit_id: number;
  household_id: number;
  person_id: number;
  relation: string;
  is_representative: boolean;
  valid_from: string;
  valid_to: string | null;
}

export interface PeopleAffiliationTable {
  id: Generated<number>;
  unit_id: number;
  person_id: number;
  kind: "staff" | "worker";
  valid_from: string;
  valid_to: string | null;
}

export interface PeopleWorkforceCountTable {
  id: Generated<number>;
  unit_id: number;
  effective_from: string;
  staff_count: number;
  worker_count: number;
  source: string;
}

export interface PeopleLegalBasisTable {
  id: Generated<number>;
  unit_id: number;
  purpose: string;
  basis: string;
  recorded_at: Generated<Date>;
}

export type DataOperation = "read" | "reveal" | "create" | "update" | "import" | "export";

export interface PeopleDataAccessTable {
  id: Generated<number>;
  at: Generated<Date>;
  actor_account_id: number | null;
  actor_kind: string;
  unit_id: number | null;
  person_id: number | null;
  household_id: number | null;
  operation: DataOperation;
  fields: string[];
  purpose: string;
  ip: string | null;
  request_id: string | null;
}

export interface PeopleSensitiveFileTable {
  id: Generated<number>;
  unit_id: number;
  person_id: number;
  kind: "id_card_front" | "id_card_back";
  mime: string;
  byte_size: number;
  content_enc: Buffer;
  created_at: Generated<Date>;
}

declare module "../../../core/db/schema.ts" {
  interface Database {
    people_person: PeoplePersonTable;
    people_household: PeopleHouseholdTable;
    people_household_member: PeopleHouseholdMemberTable;
    people_affiliation: PeopleAffiliationTable;
    people_workforce_count: PeopleWorkforceCountTable;
    people_legal_basis: PeopleLegalBasisTable;
    people_data_access: PeopleDataAccessTable;
    people_sensitive_file: PeopleSensitiveFileTable;
  }
}
