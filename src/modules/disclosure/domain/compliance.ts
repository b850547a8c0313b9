// What is on time, late, missing, interrupted or too short for one disclosure: one finding per
// applicable rule, each naming its rule and article, computed through the calendar service.
// R5/R75/R83 (deadline), R6 (portal), R7 (HQ + every village), R8 (permanent), R9 (loudspeaker,
// village heads), R75/R83 (posting or letter), R97 (employer's configured forms).

import type { Calendar } from "../../../core/calendar/index.ts";
import { formAction, vi } from "./phrases.ts";
import {
  bestOutcome,
  durationOutcome,
  type Outcome,
  oneOffOutcome,
  permanentOutcome,
} from "./posting.ts";
import { assessDeadline, publicationDeadline } from "./publish-deadline.ts";
import type { Category, Evidence, Finding, Form, PostingRule, UnitFacts } from "./types.ts";

export interface DisclosureInput {
  category: Category;
  /** Date of the competent decision or document the disclosure is about (R4). */
  basisDate: string;
  /** The day it was published on the platform (the portal), or null while still a draft. */
  publishedOn: string | null;
  evidence: readonly Evidence[];
  facts: UnitFacts;
  today: string;
  calendar: Calendar;
  /** R11: the day a newer version replaced this one; its postings need not outlast that day. */
  supersededOn?: string | null;
  /** Employers (R97, NĐ 145 Art 43.2): the forms their democracy regulation sets for the item. */
  configuredForms?: readonly Form[];
}

function finding(
  rule: string,
  article: string,
  outcome: Pick<Outcome, "status" | "sentence">,
  extra: Partial<Finding> = {},
): Finding {
  const cite = outcome.status === "interrupted" ? `R3, ${rule}, ${article}` : `${rule}, ${article}`;
  return {
    rule,
    article,
    status: outcome.status,
    message: `${outcome.sentence} (${cite}).`,
    ...extra,
  };
}

const notApplicable = (sentence: string): Outcome => ({
  status: "not_applicable",
  sentence,
  hasEvidence: false,
});

/** Why a facility-dependent rule does not apply, or null when it does. */
function facilityWaiver(rule: PostingRule, facts: UnitFacts): string | null {
  if (rule.onlyIf === "has_loudspeaker" && !facts.hasLoudspeaker) {
    return "Xã không có hệ thống truyền thanh nên không phải thông báo trên hệ thống truyền thanh";
  }
  if (rule.onlyIf === "has_intranet" && !facts.hasIntranet) {
    return "Không có mạng nội bộ nên thực hiện niêm yết thay cho đăng trên mạng nội bộ";
  }
  if (rule.onlyIf === "no_intranet" && facts.hasIntranet) {
    return "Có mạng nội bộ nên phải đăng trên mạng nội bộ thay cho niêm yết";
  }
  return null;
}

export function assessDisclosure(input: DisclosureInput): Finding[] {
  const { category, facts } = input;
  const regime = category.regime;
  const deadline = publicationDeadline(input.calendar, category.deadline, input.basisDate);
  const due = deadline?.due ?? null;
  const findings: Finding[] = [];

  const deadlineFinding = assessDeadline(input);
  if (deadlineFinding) findings.push(deadlineFinding);

  /** Evidence rows of a form (at one village, when given); the platform publication is the portal's. */
  const spansOf = (form: Form, villageId?: number) => {
    if (form === "portal") {
      return input.publishedOn === null ? [] : [{ from: input.publishedOn, to: null }];
    }
    return input.evidence.filter(
      (e) => e.form === form && (villageId === undefined || e.villageId === villageId),
    );
  };
  const place = (form: Form, villageId?: number) => ({
    spans: spansOf(form, villageId),
    action: formAction(form, regime, villageId ?? null),
    due,
    today: input.today,
    supersededOn: input.supersededOn ?? null,
  });
  const postingOutcome = (rule: PostingRule, form: Form, villageId?: number) =>
    rule.minDays === null
      ? permanentOutcome(place(form, villageId))
      : durationOutcome(place(form, villageId), rule.minDays);

  if (regime === "commune") {
    // R6 (Art 13.1): every item on the portal; timeliness is the deadline finding's business.
    const published = input.publishedOn;
    findings.push(
      finding(
        "R6",
        "Luật 10/2022 Điều 13.1",
        published === null
          ? oneOffOutcome(place("portal"))
          : { status: "ok", sentence: `Đã đăng trên cổng thông tin điện tử ngày ${vi(published)}` },
        { form: "portal", ...(due ? { due } : {}) },
      ),
    );
  }

  const dueField = due ? { due } : {};
  for (const rule of category.postings) {
    const waiver = facilityWaiver(rule, facts);
    if (waiver) {
      findings.push(finding(rule.rule, rule.article, notApplicable(waiver)));
      continue;
    }
    if (rule.everyVillage) {
      if (facts.villageIds.length === 0) {
        findings.push(
          finding(rule.rule, rule.article, {
            status: "pending",
            sentence:
              "Chưa có danh sách thôn, tổ dân phố nên chưa kiểm tra được việc niêm yết tại từng thôn, tổ dân phố",
          }),
        );
      }
      for (const form of rule.anyOf) {
        for (const villageId of facts.villageIds) {
          findings.push(
            finding(rule.rule, rule.article, postingOutcome(rule, form, villageId), {
              ...dueField,
              form,
              villageId,
            }),
          );
        }
      }
      continue;
    }
    const alternatives = rule.anyOf.map((form) => ({ form, outcome: postingOutcome(rule, form) }));
    if (rule.waivedBy) {
      alternatives.push({ form: rule.waivedBy, outcome: oneOffOutcome(place(rule.waivedBy)) });
    }
    const best = bestOutcome(alternatives.map((a) => a.outcome));
    const chosen = alternatives.find((a) => a.outcome === best);
    const outcome =
      alternatives.length > 1 && !best.hasEvidence
        ? {
            status: best.status,
            sentence: `Chưa ${alternatives.map((a) => formAction(a.form, regime)).join(" hoặc ")}${best.status === "pending" && due ? `; cần thực hiện chậm nhất ngày ${vi(due)}` : ""}`,
          }
        : best;
    findings.push(
      finding(rule.rule, rule.article, outcome, {
        ...dueField,
        ...(chosen && (alternatives.length === 1 || best.hasEvidence) ? { form: chosen.form } : {}),
      }),
    );
  }

  if (category.toVillageHeads) {
    const { rule, article } = category.toVillageHeads;
    for (const villageId of facts.villageIds) {
      findings.push(
        finding(rule, article, oneOffOutcome(place("village_heads", villageId)), {
          ...dueField,
          form: "village_heads",
          villageId,
        }),
      );
    }
  }

  if (category.formsFromRegulation) {
    const { rule, article } = category.formsFromRegulation;
    const forms = [...new Set(input.configuredForms ?? [])];
    if (forms.length === 0) {
      findings.push(
        finding(rule, article, {
          status: "missing",
          sentence:
            "Quy chế dân chủ ở cơ sở tại nơi làm việc chưa quy định hình thức công khai nội dung này",
        }),
      );
    }
    for (const form of forms) {
      const outcome = oneOffOutcome(place(form));
      findings.push(
        finding(
          rule,
          article,
          outcome.hasEvidence
            ? outcome
            : {
                ...outcome,
                sentence: `${outcome.sentence} theo quy chế dân chủ ở cơ sở tại nơi làm việc`,
              },
          { form },
        ),
      );
    }
  }
  return findings;
}

const PROBLEMS = new Set(["late", "missing", "short", "interrupted"]);

/** One word for a disclosure: any late/missing/short/interrupted finding is a problem. */
export function summarize(findings: readonly Finding[]): "ok" | "pending" | "problem" {
  if (findings.some((f) => PROBLEMS.has(f.status))) return "problem";
  if (findings.some((f) => f.status === "pending")) return "pending";
  return "ok";
}

/** For a unit: how many of its disclosures are ok, pending or have a problem. */
export function summarizeUnit(disclosures: readonly (readonly Finding[])[]): {
  ok: number;
  pending: number;
  problem: number;
} {
  const counts = { ok: 0, pending: 0, problem: 0 };
  for (const findings of disclosures) counts[summarize(findings)] += 1;
  return counts;
}
