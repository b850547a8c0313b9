import type { ColumnType, Generated } from "kysely";
import type { Extension, Suspension } from "../domain/clocks.ts";
import type { Channel, Kind, Track } from "../domain/kinds.ts";

type Json<T> = ColumnType<T, string, string>;

export const ITEM_STATUSES = [
  "received",
  "accepted",
  "suspended",
  "answered",
  "closed",
  "refused",
  "transferred",
  "merged",
  "withdrawn",
] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
/** The statuses in which a clock runs and the handler still owes an answer. */
export const OPEN_STATUSES: readonly ItemStatus[] = ["received", "accepted", "suspended"];

/** Kind-specific fields that are not identity: what a complaint is against, what is asked… */
export interface ItemDetails {
  submittedOn?: string | null;
  reasons?: string | null;
  request?: string | null;
  respondent?: string | null;
  respondentAddress?: string | null;
  accused?: string | null;
  aboutRegulation?: boolean;
  disciplinary?: boolean;
  firstDecisionIssued?: boolean;
  firstDecisionAttached?: boolean;
  /** A voter-contact meeting or a reception register entry this came from. */
  source?: string | null;
  coSigners?: number;
}

/** The identity, sealed as JSON in `identity_enc`. */
export interface SealedIdentity {
  name: string | null;
  address: string | null;
  contact: string | null;
  representative?: string | null;
  others?: { name: string | null; address: string | null; contact: string | null }[];
}

export interface InboxItemTable {
  id: Generated<number>;
  code: string;
  unit_id: number;
  received_unit_id: number;
  kind: Kind;
  track: Track;
  channel: Channel;
  status: Generated<ItemStatus>;
  title: string;
  content: string;
  place: string | null;
  village_id: number | null;
  lat: number | null;
  lng: number | null;
  anonymous: Generated<boolean>;
  confidential: Generated<boolean>;
  identity_enc: Buffer | null;
  submitter_account_id: number | null;
  details: Json<ItemDetails>;
  received_on: string;
  instance: "first" | "second" | null;
  complex: Generated<boolean>;
  remote_area: Generated<boolean>;
  criteria: Generated<string[]>;
  extensions: Json<Extension[]>;
  suspensions: Json<Suspension[]>;
  accepted_on: string | null;
  due_on: string | null;
  due_rule: string | null;
  due_what: string | null;
  assigned_account_id: number | null;
  escalated_on: string | null;
  escalated_to_unit_id: number | null;
  merged_into_id: number | null;
  transferred_to: string | null;
  publish: Generated<boolean>;
  answer: string | null;
  answered_on: string | null;
  answered_late: boolean | null;
  closed_on: string | null;
  rating: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface InboxEventTable {
  id: Generated<number>;
  item_id: number;
  unit_id: number;
  at: Generated<Date>;
  type: string;
  public: Generated<boolean>;
  text: Generated<string>;
  data: Json<Record<string, unknown>>;
  actor_account_id: number | null;
}

export interface InboxAttachmentTable {
  id: Generated<number>;
  item_id: number;
  unit_id: number;
  file_name: string;
  mime: string;
  byte_size: number;
  sha256: string;
  storage_key: string;
  from_submitter: Generated<boolean>;
  uploaded_by: number | null;
  created_at: Generated<Date>;
}

export interface InboxDocumentTable {
  id: Generated<number>;
  item_id: number;
  unit_id: number;
  kind: string;
  number: string | null;
  issued_on: string;
  signer: string | null;
  fields: Json<Record<string, unknown>>;
  created_by: number | null;
  created_at: Generated<Date>;
}

export interface InboxIdentityGrantTable {
  item_id: number;
  account_id: number;
  unit_id: number;
  reason: string;
  granted_by: number | null;
  granted_at: Generated<Date>;
  revoked_at: Date | null;
}

export interface InboxRatingTable {
  id: Generated<number>;
  unit_id: number;
  subject: "item" | "service" | "official";
  item_id: number | null;
  service: string | null;
  official_account_id: number | null;
  official_name: string | null;
  level: number;
  comment: Generated<string>;
  rater_account_id: number | null;
  rated_on: string;
  created_at: Generated<Date>;
}

export interface InboxReminderTable {
  item_id: number;
  unit_id: number;
  kind: "due_soon" | "overdue" | "escalated";
  due_on: string;
  raised_at: Generated<Date>;
}

export interface InboxSettingTable {
  unit_id: number;
  feedback_target_days: Generated<number>;
  updated_at: Generated<Date>;
}

declare module "../../../core/db/schema.ts" {
  interface Database {
    inbox_item: InboxItemTable;
    inbox_event: InboxEventTable;
    inbox_attachment: InboxAttachmentTable;
    inbox_document: InboxDocumentTable;
    inbox_identity_grant: InboxIdentityGrantTable;
    inbox_rating: InboxRatingTable;
    inbox_reminder: InboxReminderTable;
    inbox_setting: InboxSettingTable;
  }
}
