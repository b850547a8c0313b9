import type { Generated } from "kysely";
import type { ReceptionHead, VisitOutcome } from "../domain/reception.ts";

export interface InboxReceptionSessionTable {
  id: Generated<number>;
  unit_id: number;
  head: ReceptionHead;
  head_name: string;
  held_on: string;
  starts_at: string;
  place: string;
  mode: Generated<"direct" | "online">;
  posted_on: string | null;
  posted_places: Generated<string[]>;
  created_by: number | null;
  created_at: Generated<Date>;
}

export interface InboxReceptionVisitTable {
  id: Generated<number>;
  unit_id: number;
  year: number;
  serial: number;
  visited_on: string;
  session_id: number | null;
  identity_enc: Buffer;
  matter: string;
  prior_handling: string | null;
  request: string;
  handling: string;
  national_db_synced: Generated<boolean>;
  answer_due_on: string;
  answered_on: string | null;
  outcome: VisitOutcome | null;
  answer: string | null;
  item_id: number | null;
  received_by: number | null;
  created_at: Generated<Date>;
}

declare module "../../../core/db/schema.ts" {
  interface Database {
    inbox_reception_session: InboxReceptionSessionTable;
    inbox_reception_visit: InboxReceptionVisitTable;
  }
}
