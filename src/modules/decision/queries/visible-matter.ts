import type { Executor } from "../../../core/db/database.ts";
import { notFound } from "../../../core/errors.ts";
import {
  findMatter,
  findRecord,
  type MatterRow,
  type RecordRow,
  type RoundRow,
  roundsOf,
  roundsOfMatters,
} from "../db/decision.repo.ts";
import type { Form, Item, Outcome, Scope } from "../domain/types.ts";

// What anyone may read of a community decision (Luật 10/2022 Art 23.2: the head publishes the
// result). Fields are listed one by one (STYLE.md §6). A round's figures appear only once it is
// counted: while a vote is open nobody, officials included, reads how it is going (issue #4,
// part 2: "results hidden until the close"). No household, choice or receipt appears here.

/** A round's stored outcome: the rule's verdict with the figures it was counted over. */
export type StoredOutcome = Outcome & {
  tally?: { households: number; attending: number; yes: number; no: number; other: number };
  attendanceFailed?: boolean;
};

export interface RoundResult {
  households: number;
  /** Households that took part: represented at the meeting, or whose vote was counted. */
  participating: number;
  yes: number;
  no: number;
  other: number;
  valid: boolean;
  passed: boolean;
  /** A meeting too thinly attended for the threshold to be reachable (R24): ballots may follow. */
  attendanceFailed: boolean;
  rule: string;
  article: string;
  test: string;
  message: string;
  findings: { rule: string; article: string; message: string }[];
  countedAt: Date | null;
}

export interface PublicRound {
  id: number;
  unitId: number;
  unitPath: string;
  unitCode: string;
  unitName: string;
  seq: number;
  form: Form;
  status: "planned" | "open" | "counted";
  heldOn: string;
  closesOn: string;
  place: string | null;
  /** N, frozen when the round opened; null before. */
  households: number | null;
  result: RoundResult | null;
}

export interface MatterResult {
  valid: boolean;
  passed: boolean;
  rule: string;
  article: string;
  test: string;
  message: string;
  findings: { rule: string; article: string; message: string }[];
  /** Over the villages' final rounds: households that took part, and N. */
  participating: number;
  households: number;
  concludedAt: Date | null;
}

export interface PublicRecord {
  docForm: string;
  heldOn: string | null;
  decisionText: string | null;
  finalisedAt: Date;
  dispatchDue: string | null;
  dispatchedOn: string | null;
  recognitionDue: string | null;
  recognisedOn: string | null;
  refusedOn: string | null;
  refusalReason: string | null;
  inForceOn: string | null;
  annulledOn: string | null;
  annulGround: "a" | "b" | null;
  annulAction: "annul" | "request_amendment" | null;
  annulReason: string | null;
}

export interface PublicMatter {
  id: number;
  unitId: number;
  unitCode: string;
  unitName: string;
  unitPath: string;
  item: Item;
  scope: Scope;
  title: string;
  description: string;
  question: string;
  status: "open" | "concluded" | "finalised" | "withdrawn";
  createdAt: Date;
  rounds: PublicRound[];
  result: MatterResult | null;
  /** The decision document, once finalised (a draft is the officials' own). */
  record: PublicRecord | null;
}

export function roundResult(r: RoundRow): RoundResult | null {
  if (r.status !== "counted" || !r.outcome) return null;
  const o = r.outcome as StoredOutcome;
  const t = o.tally;
  return {
    households: t?.households ?? r.households ?? 0,
    participating: t?.attending ?? r.attending ?? 0,
    yes: t?.yes ?? 0,
    no: t?.no ?? 0,
    other: t?.other ?? 0,
    valid: o.valid,
    passed: o.passed,
    attendanceFailed: o.attendanceFailed === true,
    rule: o.rule,
    article: o.article,
    test: o.test,
    message: o.message,
    findings: (o.findings ?? []).map((f) => ({
      rule: f.rule,
      article: f.article,
      message: f.message,
    })),
    countedAt: r.counted_at,
  };
}

export function publicRound(r: RoundRow): PublicRound {
  return {
    id: r.id,
    unitId: r.unit_id,
    unitPath: r.unit_path,
    unitCode: r.unit_code,
    unitName: r.unit_name,
    seq: r.seq,
    form: r.form,
    status: r.status,
    heldOn: r.held_on,
    closesOn: r.closes_on,
    place: r.place,
    households: r.households,
    result: roundResult(r),
  };
}

/** Each village's last round (a commune-wide matter has one village per round family). */
export function latestRounds<T extends { unitCode: string; seq: number }>(rounds: T[]): T[] {
  const last = new Map<string, T>();
  for (const r of rounds) {
    const seen = last.get(r.unitCode);
    if (!seen || seen.seq < r.seq) last.set(r.unitCode, r);
  }
  return [...last.values()];
}

function matterResult(m: MatterRow, rounds: PublicRound[]): MatterResult | null {
  if (m.status === "open" || !m.outcome) return null;
  const o = m.outcome as StoredOutcome;
  let participating = 0;
  let households = 0;
  for (const r of latestRounds(rounds)) {
    households += r.result?.households ?? r.households ?? 0;
    participating += r.result?.participating ?? 0;
  }
  return {
    valid: o.valid,
    passed: o.passed,
    rule: o.rule,
    article: o.article,
    test: o.test,
    message: o.message,
    findings: (o.findings ?? []).map((f) => ({
      rule: f.rule,
      article: f.article,
      message: f.message,
    })),
    participating,
    households,
    concludedAt: m.concluded_at,
  };
}

export function publicRecord(r: RecordRow | undefined): PublicRecord | null {
  if (!r?.finalised_at) return null;
  return {
    docForm: r.doc_form,
    heldOn: r.held_on,
    decisionText: r.decision_text,
    finalisedAt: r.finalised_at,
    dispatchDue: r.dispatch_due,
    dispatchedOn: r.dispatched_on,
    recognitionDue: r.recognition_due,
    recognisedOn: r.recognised_on,
    refusedOn: r.refused_on,
    refusalReason: r.refusal_reason,
    inForceOn: r.in_force_on,
    annulledOn: r.annulled_on,
    annulGround: r.annul_ground,
    annulAction: r.annul_action,
    annulReason: r.annul_reason,
  };
}

export function publicMatter(
  m: MatterRow,
  rows: RoundRow[],
  record: RecordRow | undefined,
): PublicMatter {
  const rounds = rows.map(publicRound);
  return {
    id: m.id,
    unitId: m.unit_id,
    unitCode: m.unit_code,
    unitName: m.unit_name,
    unitPath: m.unit_path,
    item: m.item,
    scope: m.scope,
    title: m.title,
    description: m.description,
    question: m.question,
    status: m.status,
    createdAt: m.created_at,
    rounds,
    result: matterResult(m, rounds),
    record: publicRecord(record),
  };
}

/**
 * A matter as the public reads it. With `unitId`, the matter must belong to that unit (the page
 * of another commune does not show it).
 */
export async function loadPublicMatter(
  db: Executor,
  id: number,
  unitId?: number,
): Promise<PublicMatter> {
  const m = await findMatter(db, id);
  if (!m || (unitId !== undefined && m.unit_id !== unitId)) {
    throw notFound("Không có nội dung biểu quyết này.");
  }
  const [rounds, record] = await Promise.all([roundsOf(db, id), findRecord(db, id)]);
  return publicMatter(m, rounds, record);
}

/** Summaries for a unit's list: its rounds give the form, dates and place, or the turnout. */
export async function publicMatters(db: Executor, matters: MatterRow[]): Promise<PublicMatter[]> {
  const rounds = await roundsOfMatters(
    db,
    matters.map((m) => m.id),
  );
  const byMatter = new Map<number, RoundRow[]>();
  for (const r of rounds) {
    const list = byMatter.get(r.matter_id) ?? [];
    list.push(r);
    byMatter.set(r.matter_id, list);
  }
  return matters.map((m) => publicMatter(m, byMatter.get(m.id) ?? [], undefined));
}
