import type { ColumnType, Generated } from "kysely";

// Row types of the village-convention tables (migration 20261122-08-decision-convention).

type Json<T> = ColumnType<T, string, string>;

export type ConventionKind = "huong_uoc" | "quy_uoc";
export type ConventionStatus =
  | "drafting"
  | "consultation"
  | "voting"
  | "adopted"
  | "not_adopted"
  | "submitted"
  | "recognised"
  | "refused"
  | "suspended"
  | "annulled"
  | "replaced";
/** NĐ 61 Art 9.2: the ways views on the draft are collected. */
export type ConsultationChannel = "household_copies" | "online" | "suggestion_box" | "meeting";
/** A comment arrives by one of the channels, or as an agency's written opinion (Art 9.3). */
export type CommentChannel = ConsultationChannel | "agency";
/** NĐ 61 Art 15.2: the forms of publicising a recognised convention beside the posting. */
export type PublicityForm =
  | "meeting"
  | "info_network"
  | "household_copies"
  | "online"
  | "legal_dissemination"
  | "other";
export type ComplaintSource = "head" | "household" | "resident" | "review" | "supervision";
export type ComplaintResolution = "unfounded" | "suspended" | "annulled";
/** Art 12.1 (suspension) and Art 14.1–14.2 (annulment) grounds. */
export type ComplaintGround =
  | "procedure"
  | "content"
  | "unlawful_content"
  | "suspension_expired"
  | "ratio_not_met"
  | "part_suspension_expired";

export interface DecisionConventionTable {
  id: Generated<number>;
  unit_id: number;
  kind: ConventionKind;
  title: string;
  proposed_by: "village_head" | "initiative";
  front_agreed_by: string | null;
  front_agreed_on: string | null;
  initiative_id: number | null;
  proposed_on: string;
  ethnic_minority_area: Generated<boolean>;
  ethnic_language: string | null;
  amends_id: number | null;
  review_month: number | null;
  review_day: number | null;
  status: Generated<ConventionStatus>;
  min_posting_days: number | null;
  channels: Json<ConsultationChannel[]>;
  consultation_from: string | null;
  matter_id: number | null;
  text_version_id: number | null;
  adopted_on: string | null;
  sign_head: string | null;
  sign_front_head: string | null;
  sign_rep1: string | null;
  sign_rep2: string | null;
  signed_at: Date | null;
  dossier_due: string | null;
  dossier_submitted_on: string | null;
  dossier_returned_on: string | null;
  dossier_return_reason: string | null;
  decision_due: string | null;
  decision_number: string | null;
  recognised_on: string | null;
  seal_across_pages: Generated<boolean>;
  refused_on: string | null;
  refusal_reason: string | null;
  in_force_on: string | null;
  ended_on: string | null;
  publicised_on: string | null;
  publicity_forms: Json<PublicityForm[]>;
  created_by: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface DecisionConventionMemberTable {
  convention_id: number;
  position: number;
  unit_id: number;
  name: string;
  role: string | null;
  elder_or_village_head: Generated<boolean>;
  speaks_ethnic_language: Generated<boolean>;
}

export interface DecisionConventionVersionTable {
  id: Generated<number>;
  convention_id: number;
  unit_id: number;
  version: number;
  body: string;
  note: string | null;
  posted_on: string | null;
  posted_place: string | null;
  frozen_at: Date | null;
  created_by: number | null;
  created_at: Generated<Date>;
}

export interface DecisionConventionCommentTable {
  id: Generated<number>;
  convention_id: number;
  version_id: number;
  unit_id: number;
  received_on: string;
  channel: CommentChannel;
  author: string | null;
  content: string;
  response: string | null;
  recorded_by: number | null;
  recorded_at: Generated<Date>;
}

export interface DecisionConventionComplaintTable {
  id: Generated<number>;
  convention_id: number;
  unit_id: number;
  received_on: string;
  source: ComplaintSource;
  complainant: string | null;
  content: string;
  reply_due: string;
  annul_due: string;
  resolution: ComplaintResolution | null;
  resolved_on: string | null;
  extent: "whole" | "part" | null;
  ground: ComplaintGround | null;
  part_text: string | null;
  reason: string | null;
  amend_by: string | null;
  lifted_on: string | null;
  recorded_by: number | null;
  recorded_at: Generated<Date>;
}

export interface DecisionConventionReviewTable {
  id: Generated<number>;
  convention_id: number;
  unit_id: number;
  year: number;
  held_on: string;
  form: "meeting" | "periodic_meeting";
  summary: string;
  proposals: string | null;
  recorded_by: number | null;
  recorded_at: Generated<Date>;
}

declare module "../../../core/db/schema.ts" {
  interface Database {
    decision_convention: DecisionConventionTable;
    decision_convention_member: DecisionConventionMemberTable;
    decision_convention_version: DecisionConventionVersionTable;
    decision_convention_comment: DecisionConventionCommentTable;
    decision_convention_complaint: DecisionConventionComplaintTable;
    decision_convention_review: DecisionConventionReviewTable;
  }
}
