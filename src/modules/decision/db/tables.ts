import type { ColumnType, Generated } from "kysely";
import type { Channel, Choice, Form, Item, Scope } from "../domain/types.ts";

type Json<T> = ColumnType<T, string, string>;

export interface TeamMember {
  name: string;
  represents: "village" | "front" | "organisation" | "household" | "it" | "other";
  leader: boolean;
}

export type MatterStatus = "open" | "concluded" | "finalised" | "withdrawn";
export type RoundStatus = "planned" | "open" | "counted";
export type Opener = "commune_chair" | "village_head" | "appointed_convener" | "initiative";

export interface DecisionInitiativeTable {
  id: Generated<number>;
  unit_id: number;
  title: string;
  description: Generated<string>;
  initiator_name: string;
  opened_on: string;
  front_approved_on: string | null;
  status: Generated<"collecting" | "tabled" | "dropped">;
  created_at: Generated<Date>;
}

export interface DecisionConsentTable {
  initiative_id: number;
  household_id: number;
  unit_id: number;
  given_on: string;
  recorded_at: Generated<Date>;
}

export interface DecisionMatterTable {
  id: Generated<number>;
  unit_id: number;
  item: Item;
  scope: Scope;
  title: string;
  description: Generated<string>;
  question: string;
  opener: Opener;
  agreement_by: string | null;
  agreement_on: string | null;
  no_meeting_agreed: Generated<boolean>;
  per_village_rule: Generated<"two_thirds" | "majority">;
  initiative_id: number | null;
  status: Generated<MatterStatus>;
  valid: boolean | null;
  passed: boolean | null;
  outcome: Json<unknown> | null;
  concluded_at: Date | null;
  created_by: number | null;
  created_at: Generated<Date>;
}

export interface DecisionRoundTable {
  id: Generated<number>;
  matter_id: number;
  unit_id: number;
  seq: number;
  form: Form;
  status: Generated<RoundStatus>;
  held_on: string;
  closes_on: string;
  place: string | null;
  notice_delivered_on: string | null;
  notice_posted: Generated<boolean>;
  documents_delivered_on: string | null;
  plan_issued_on: string | null;
  plan_sent_on: string | null;
  publicity_on: string | null;
  report_logged_on: string | null;
  opt_in_households: number | null;
  meeting_method: "hands" | "secret" | null;
  hands_yes: number | null;
  hands_no: number | null;
  hands_other: number | null;
  team: Json<TeamMember[]>;
  tellers: Json<string[]>;
  witnesses: Json<string[]>;
  clusters: number | null;
  dispersed: Generated<boolean>;
  cluster_plan_approved_on: string | null;
  template_mark: "stamp" | "signature" | null;
  households: number | null;
  snapshot_at: Date | null;
  opened_at: Date | null;
  counted_at: Date | null;
  attending: number | null;
  valid: boolean | null;
  passed: boolean | null;
  outcome: Json<unknown> | null;
  result_hash: string | null;
  created_at: Generated<Date>;
}

export interface DecisionSnapshotTable {
  round_id: number;
  household_id: number;
  unit_id: number;
}

export interface DecisionAttendanceTable {
  round_id: number;
  household_id: number;
  unit_id: number;
  representative: string;
  cluster: number | null;
  recorded_at: Generated<Date>;
}

export interface DecisionSpeakerTable {
  id: Generated<number>;
  round_id: number;
  household_id: number;
  unit_id: number;
  name: string;
  recorded_at: Generated<Date>;
}

export type ProceduralSubject = "secretary" | "method" | "tellers" | "option" | "cluster";

export interface DecisionProceduralVoteTable {
  id: Generated<number>;
  round_id: number;
  unit_id: number;
  subject: ProceduralSubject;
  label: string;
  yes: number;
  attending: number;
  passed: boolean;
  recorded_at: Generated<Date>;
}

export type VoteStatus = "counted" | "duplicate" | "outside";

export interface DecisionVoteTable {
  id: Generated<string>;
  round_id: number;
  matter_id: number;
  unit_id: number;
  household_id: number;
  channel: Channel;
  choice: Choice;
  other_text: string | null;
  status: VoteStatus;
  ballot_serial: string | null;
  cast_by: number | null;
  cast_at: Generated<Date>;
  receipt: string;
}

export type DocForm = "nghi_quyet" | "bien_ban" | "ban_ghi_nho" | "ban_thoa_thuan";

export interface DecisionRecordTable {
  matter_id: number;
  unit_id: number;
  doc_form: DocForm;
  held_on: string | null;
  households: number | null;
  attending: number | null;
  absent: number | null;
  content: string | null;
  form_text: string | null;
  result_text: string | null;
  decision_text: string | null;
  sign_head: string | null;
  sign_front_head: string | null;
  sign_rep1: string | null;
  sign_rep2: string | null;
  finalised_at: Date | null;
  dispatch_due: string | null;
  dispatched_on: string | null;
  recognition_due: string | null;
  recognised_on: string | null;
  refused_on: string | null;
  refusal_reason: string | null;
  in_force_on: string | null;
  annulled_on: string | null;
  annul_ground: "a" | "b" | null;
  annul_action: "annul" | "request_amendment" | null;
  annul_reason: string | null;
  updated_at: Generated<Date>;
}

declare module "../../../core/db/schema.ts" {
  interface Database {
    decision_initiative: DecisionInitiativeTable;
    decision_consent: DecisionConsentTable;
    decision_matter: DecisionMatterTable;
    decision_round: DecisionRoundTable;
    decision_snapshot: DecisionSnapshotTable;
    decision_attendance: DecisionAttendanceTable;
    decision_speaker: DecisionSpeakerTable;
    decision_procedural_vote: DecisionProceduralVoteTable;
    decision_vote: DecisionVoteTable;
    decision_record: DecisionRecordTable;
  }
}
