// The one clock an item runs on at a time, from its facts: before acceptance the acceptance (or
// transfer) limit; after it the resolution period with its extensions and suspensions; for
// feedback and petitions, which have no legal resolution period, the answer target the unit set
// for itself — said as such, never passed off as law. Stored on the item (`due_on`, `due_rule`,
// `due_what`) so overdue lists are one indexed query.

import type { Calendar } from "../../../core/calendar/index.ts";
import { computeDeadline, parseLocalDate } from "../../../core/calendar/index.ts";
import {
  acceptanceDeadline,
  type Extension,
  resolutionDeadline,
  type Suspension,
  transferDeadline,
} from "./clocks.ts";
import type { Track } from "./kinds.ts";

export interface ItemFacts {
  track: Track;
  status: string;
  receivedOn: string;
  acceptedOn: string | null;
  instance: "first" | "second" | null;
  complex: boolean;
  remoteArea: boolean;
  criteria: readonly string[];
  extensions: readonly Extension[];
  suspensions: readonly Suspension[];
  /** The unit's own answer target for feedback and petitions, in working days. */
  feedbackTargetDays: number;
}

export interface ItemClock {
  /** Null while suspended, or when no clock runs (closed, refused…). */
  dueOn: string | null;
  /** "T16", "T17", "T33", "T12", or "target" for the unit's own target. */
  rule: string | null;
  /** What must happen by then, in Vietnamese. */
  what: string | null;
  explanation: string;
}

const NONE: ItemClock = { dueOn: null, rule: null, what: null, explanation: "" };

/** The clock for an item in an open status (received, accepted, suspended); NONE otherwise. */
export function itemClock(calendar: Calendar, f: ItemFacts): ItemClock {
  if (!["received", "accepted", "suspended"].includes(f.status)) return NONE;
  if (f.track === "satisfaction" || f.track === "anonymous_tip") return NONE;
  const feedback = f.track === "pakn" || f.track === "grassroots";
  if (feedback) {
    if (f.status === "received" && f.track === "pakn") {
      const d = transferDeadline(calendar, "pakn", f.receivedOn);
      if (d)
        return {
          dueOn: d.due,
          rule: d.rule,
          what: "Phân loại, chuyển đơn nếu không thuộc thẩm quyền",
          explanation: d.explanation,
        };
    }
    const from = f.acceptedOn ?? f.receivedOn;
    const trigger = parseLocalDate(from);
    const d = computeDeadline(calendar, {
      unit: "WD",
      n: f.feedbackTargetDays,
      provision: "chỉ tiêu trả lời do đơn vị tự đặt",
      effectiveFrom: trigger,
      trigger,
    });
    return {
      dueOn: d.due,
      rule: "target",
      what: `Trả lời theo chỉ tiêu của đơn vị (${f.feedbackTargetDays} ngày làm việc; pháp luật không quy định thời hạn)`,
      explanation: d.explanation,
    };
  }
  if (f.status === "received" || f.acceptedOn === null) {
    const d = acceptanceDeadline(calendar, f.track, f.receivedOn, {
      multiSite: f.criteria.includes("a"),
    });
    if (!d) return NONE;
    return {
      dueOn: d.due,
      rule: d.rule,
      what: f.track === "denunciation" ? "Xử lý ban đầu, thụ lý tố cáo" : "Thụ lý khiếu nại",
      explanation: d.explanation,
    };
  }
  const r = resolutionDeadline(calendar, {
    track: f.track,
    acceptedOn: f.acceptedOn,
    instance: f.instance ?? "first",
    complex: f.complex,
    remoteArea: f.remoteArea,
    criteria: f.criteria,
    extensions: f.extensions,
    suspensions: f.suspensions,
  });
  if (!r) return NONE;
  return {
    dueOn: r.due,
    rule: r.rule,
    what:
      f.track === "denunciation"
        ? "Kết luận nội dung tố cáo"
        : `Ban hành quyết định giải quyết khiếu nại lần ${f.instance === "second" ? "hai" : "đầu"}`,
    explanation: r.explanation,
  };
}
