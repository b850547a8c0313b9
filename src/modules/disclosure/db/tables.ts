import type { Generated } from "kysely";
import type { Form, Regime } from "../domain/types.ts";

export type ItemStatus = "draft" | "published" | "superseded" | "withdrawn";
export type ComplianceSummary = "ok" | "pending" | "problem";

export interface DisclosureItemTable {
  id: Generated<number>;
  unit_id: number;
  /** Set by a trigger to the first version's id. */
  series_id: Generated<number>;
  version: Generated<number>;
  supersedes_id: number | null;
  regime: Regime;
  category: string;
  title: string;
  summary: Generated<string>;
  body: Generated<string>;
  basis_number: string | null;
  basis_date: string;
  basis_issuer: string | null;
  scope_unit_id: number | null;
  responsible: string | null;
  status: Generated<ItemStatus>;
  visibility: "public" | "members";
  publish_due: string | null;
  published_on: string | null;
  published_at: Date | null;
  withdrawn_reason: string | null;
  withdrawn_at: Date | null;
  compliance: Generated<ComplianceSummary>;
  created_at: Generated<Date>;
  search: Generated<string>;
}

export interface DisclosureAttachmentTable {
  id: Generated<number>;
  unit_id: number;
  item_id: number | null;
  file_name: string;
  mime: string;
  byte_size: number;
  sha256: string;
  storage_key: string;
  created_at: Generated<Date>;
}

export interface DisclosureEvidenceTable {
  id: Generated<number>;
  unit_id: number;
  item_id: number;
  form: Form;
  village_id: number | null;
  location: string | null;
  from_date: string;
  to_date: string | null;
  done_by: string | null;
  note: string | null;
  photo_id: number | null;
  interrupted_reason: string | null;
  created_at: Generated<Date>;
}

export interface DisclosureUnitSettingsTable {
  unit_id: number;
  has_loudspeaker: boolean;
  has_intranet: boolean;
  updated_at: Generated<Date>;
}

export interface DisclosureChannelConfigTable {
  unit_id: number;
  category: string;
  forms: Form[];
}

export interface DisclosurePlanTable {
  id: Generated<number>;
  unit_id: number;
  year: number;
  period: "year" | "h1" | "h2" | "q1" | "q2" | "q3" | "q4";
  title: string;
  approved_on: string | null;
  approved_by: string | null;
  created_at: Generated<Date>;
}

export interface DisclosurePlanEntryTable {
  id: Generated<number>;
  plan_id: number;
  unit_id: number;
  category: string;
  content: string;
  forms: Form[];
  timing: string;
  duration: string;
  responsible: string;
}

export interface DisclosureInfoRequestTable {
  id: Generated<number>;
  unit_id: number;
  received_on: string;
  channel: "in_person" | "electronic" | "post";
  complexity: Generated<"simple" | "complex">;
  requester_name: string;
  requester_address: string;
  requester_id_enc: Buffer;
  requester_contact: string | null;
  requester_account_id: number | null;
  information: string;
  delivery_form: string;
  purpose: string;
  reason_case: "not_published" | "expired" | "inaccessible";
  related_item_id: number | null;
  due_on: string;
  extended_due_on: string | null;
  status: Generated<"received" | "extended" | "answered" | "refused">;
  answered_on: string | null;
  answer: string | null;
  refusal_ground: string | null;
  refusal_reason: string | null;
  created_at: Generated<Date>;
}

declare module "../../../core/db/schema.ts" {
  interface Database {
    disclosure_item: DisclosureItemTable;
    disclosure_attachment: DisclosureAttachmentTable;
    disclosure_evidence: DisclosureEvidenceTable;
    disclosure_unit_settings: DisclosureUnitSettingsTable;
    disclosure_channel_config: DisclosureChannelConfigTable;
    disclosure_plan: DisclosurePlanTable;
    disclosure_plan_entry: DisclosurePlanEntryTable;
    disclosure_info_request: DisclosureInfoRequestTable;
  }
}
