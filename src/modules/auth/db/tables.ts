import type { Generated } from "kysely";
import type { Role } from "../../../core/authz/index.ts";

export interface AuthAccountTable {
  id: Generated<number>;
  person_id: number;
  username: string;
  password_hash: string;
  status: Generated<"active" | "disabled">;
  must_change_password: Generated<boolean>;
  created_at: Generated<Date>;
  password_changed_at: Generated<Date>;
}

export interface AuthSessionTable {
  id_hash: Buffer;
  account_id: number;
  created_at: Generated<Date>;
  expires_at: Date;
  last_seen_at: Generated<Date>;
}

export interface AuthApiTokenTable {
  id: Generated<number>;
  account_id: number;
  name: string;
  token_hash: Buffer;
  created_at: Generated<Date>;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface AuthGrantTable {
  id: Generated<number>;
  account_id: number;
  unit_id: number | null;
  role: Role;
  granted_at: Generated<Date>;
}

declare module "../../../core/db/schema.ts" {
  interface Database {
    auth_account: AuthAccountTable;
    auth_session: AuthSessionTable;
    auth_api_token: AuthApiTokenTable;
    auth_grant: AuthGrantTable;
  }
}
