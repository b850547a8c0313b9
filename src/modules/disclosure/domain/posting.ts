// The status of one form at one place (the headquarters board, one village's point, the
// loudspeaker, the intranet…) from its evidence rows: R3 (consecutive days), R7–R9, R75, R83.
// Every form must also START by the publication deadline (R5, R75, R83); `due` null = no deadline.

import { parseLocalDate, plusDays } from "../../../core/calendar/index.ts";
import { analyzePermanent, analyzeRuns, nthDay, type Span } from "./consecutive.ts";
import { capitalize, spanVi, vi } from "./phrases.ts";
import type { FindingStatus } from "./types.ts";

/** A status and a Vietnamese sentence without its citation or final full stop. */
export interface Outcome {
  status: FindingStatus;
  sentence: string;
  /** True when some evidence was recorded for this form and place. */
  hasEvidence: boolean;
}

export interface PlaceInput {
  spans: readonly Span[];
  /** "niêm yết tại trụ sở HĐND, UBND cấp xã" (see phrases.ts). */
  action: string;
  due: string | null;
  today: string;
  /** R11: the day a newer version replaced this one; the posting need not outlast it. */
  supersededOn?: string | null;
}

const after = (a: string, b: string | null) => b !== null && parseLocalDate(a) > parseLocalDate(b);

/** Nothing recorded: pending until the deadline, missing after it. */
function nothingYet(input: PlaceInput): Outcome {
  if (input.due !== null && after(input.today, input.due)) {
    return { status: "missing", sentence: `Chưa ${input.action}`, hasEvidence: false };
  }
  const by = input.due === null ? "" : `; cần thực hiện chậm nhất ngày ${vi(input.due)}`;
  return { status: "pending", sentence: `Chưa ${input.action}${by}`, hasEvidence: false };
}

function gapsVi(gaps: readonly { from: string; to: string }[]): string {
  return gaps.map((g) => spanVi(g.from, g.to)).join("; ");
}

/** A posting that must stay up ≥ `minDays` consecutive days (R3). */
export function durationOutcome(input: PlaceInput, minDays: number): Outcome {
  const a = analyzeRuns(input.spans, minDays, input.today);
  const last = a.runs.at(-1);
  if (!last) return nothingYet(input);
  const Action = capitalize(input.action);
  const need = `${minDays} ngày liên tục`;
  const result = (status: FindingStatus, sentence: string): Outcome => ({
    status,
    sentence,
    hasEvidence: true,
  });

  const q = a.qualifying;
  if (q && a.reachedOn) {
    if (after(q.from, input.due)) {
      return result(
        "late",
        `${Action} từ ngày ${vi(q.from)}, sau hạn chót ${vi(input.due as string)} (đủ ${need} vào ngày ${vi(a.reachedOn)})`,
      );
    }
    return result(
      "ok",
      `Đã ${input.action} đủ ${need} (từ ngày ${vi(q.from)} đến ngày ${vi(a.reachedOn)})`,
    );
  }

  const supersededOn = input.supersededOn ?? null;
  if (supersededOn !== null && !after(last.from, input.due)) {
    const dayBefore = plusDays(parseLocalDate(supersededOn), -1);
    if (last.to === null || last.to >= dayBefore) {
      return result(
        "ok",
        `Đã ${input.action} từ ngày ${vi(last.from)} đến khi có phiên bản mới thay thế ngày ${vi(supersededOn)}`,
      );
    }
  }

  const interrupted = a.gaps.length > 0;
  const gapNote = interrupted ? `bị gián đoạn (${gapsVi(a.gaps)} không thực hiện), ` : "";
  if (a.running) {
    if (after(last.from, input.due)) {
      return result(
        interrupted ? "interrupted" : "late",
        `${Action} ${gapNote}${interrupted ? "thực hiện lại" : "bắt đầu"} từ ngày ${vi(last.from)}, sau hạn chót ${vi(input.due as string)}`,
      );
    }
    return result(
      "pending",
      `Đang ${input.action}${interrupted ? " lại sau khi bị gián đoạn" : ""} từ ngày ${vi(last.from)} (được ${last.days}/${minDays} ngày); đủ ${need} vào ngày ${vi(nthDay(last.from, minDays))}`,
    );
  }
  if (interrupted) {
    return result(
      "interrupted",
      `${Action} ${gapNote}thời gian liên tục dài nhất chỉ ${a.longest} ngày, chưa đủ ${need}; gián đoạn thì phải tính lại từ đầu`,
    );
  }
  const lateNote = after(last.from, input.due)
    ? `, lại bắt đầu sau hạn chót ${vi(input.due as string)}`
    : "";
  return result(
    "short",
    `${Action} chỉ được ${last.days} ngày (${spanVi(last.from, last.to as string)}), chưa đủ ${need}${lateNote}`,
  );
}

/** A posting that must stay up permanently ("thường xuyên", R8). */
export function permanentOutcome(input: PlaceInput): Outcome {
  const p = analyzePermanent(input.spans, input.today);
  if (!p.firstPosted) return nothingYet(input);
  const Action = capitalize(input.action);
  const lateNote = after(p.firstPosted, input.due)
    ? `, bắt đầu sau hạn chót ${vi(input.due as string)}`
    : "";
  const status: FindingStatus = lateNote ? "late" : "ok";
  const supersededOn = input.supersededOn ?? null;
  if (supersededOn !== null && p.endsOn !== null) {
    if (p.endsOn >= plusDays(parseLocalDate(supersededOn), -1)) {
      return {
        status,
        sentence: `Đã ${input.action} từ ngày ${vi(p.firstPosted)} đến khi có phiên bản mới thay thế ngày ${vi(supersededOn)}${lateNote}`,
        hasEvidence: true,
      };
    }
  }
  if (p.up) {
    const pastGaps = p.gaps.length > 0 ? `; đã từng bị gián đoạn ${gapsVi(p.gaps)}` : "";
    return {
      status,
      sentence: `Đang ${input.action} thường xuyên từ ngày ${vi(p.since as string)}${lateNote}${pastGaps}`,
      hasEvidence: true,
    };
  }
  const ended = p.endsOn as string;
  const when = after(input.today, ended)
    ? `đã gỡ sau ngày ${vi(ended)}`
    : `có ngày gỡ dự kiến ${vi(ended)}`;
  return {
    status: "interrupted",
    sentence: `${Action} ${when}; nội dung này phải niêm yết thường xuyên và chỉ thay khi có phiên bản mới`,
    hasEvidence: true,
  };
}

/** A one-off act (a dispatch to village heads, a letter to all staff, a meeting): done by the deadline. */
export function oneOffOutcome(input: PlaceInput): Outcome {
  const first = input.spans
    .map((s) => parseLocalDate(s.from))
    .filter((d) => !after(d, input.today))
    .sort()[0];
  if (!first) return nothingYet(input);
  if (after(first, input.due)) {
    return {
      status: "late",
      sentence: `${capitalize(input.action)} ngày ${vi(first)}, sau hạn chót ${vi(input.due as string)}`,
      hasEvidence: true,
    };
  }
  return { status: "ok", sentence: `Đã ${input.action} ngày ${vi(first)}`, hasEvidence: true };
}

const RANK: Record<FindingStatus, number> = {
  ok: 0,
  not_applicable: 0,
  pending: 1,
  late: 2,
  interrupted: 3,
  short: 4,
  missing: 5,
};

/** The best of several alternatives (any one form satisfies the rule); evidence breaks ties. */
export function bestOutcome(outcomes: readonly Outcome[]): Outcome {
  const sorted = [...outcomes].sort(
    (a, b) => RANK[a.status] - RANK[b.status] || Number(b.hasEvidence) - Number(a.hasEvidence),
  );
  const best = sorted[0];
  if (!best) throw new Error("bestOutcome needs at least one outcome");
  return best;
}
