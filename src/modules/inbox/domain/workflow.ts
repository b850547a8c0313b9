// What may be done to an item in each status (the inbox's state machine). Every refusal is a
// Vietnamese sentence a handler can act on; the legal grounds of each step are checked by the
// rules in acceptance.ts, clocks.ts and decision-contents.ts.
//
//   received ─accept→ accepted ─answer→ answered ─close→ closed
//      │  ╲            │  ↑ ↓ suspend/resume (T27, T34)
//      │   ╲refuse→ refused        transfer (outside the platform) → transferred
//      └─ merge → merged   withdraw (T26, T37) → withdrawn

import type { Track } from "./kinds.ts";

export type Action =
  | "classify"
  | "accept"
  | "refuse"
  | "transfer"
  | "merge"
  | "assign"
  | "note"
  | "suspend"
  | "dialogue"
  | "resume"
  | "extend"
  | "answer"
  | "close"
  | "withdraw"
  | "rate";

export const STATUS_LABELS: Record<string, { vi: string; en: string }> = {
  received: { vi: "Đã tiếp nhận", en: "Received" },
  accepted: { vi: "Đang giải quyết", en: "In progress" },
  suspended: { vi: "Tạm đình chỉ", en: "Suspended" },
  answered: { vi: "Đã trả lời", en: "Answered" },
  closed: { vi: "Đã kết thúc", en: "Closed" },
  refused: { vi: "Không thụ lý", en: "Not accepted" },
  transferred: { vi: "Đã chuyển nơi khác", en: "Transferred" },
  merged: { vi: "Đã gộp vào vụ việc khác", en: "Merged" },
  withdrawn: { vi: "Đã rút", en: "Withdrawn" },
};

const OPEN = ["received", "accepted", "suspended"];
const FINISHED: Record<string, string> = {
  closed: "Vụ việc đã kết thúc",
  refused: "Vụ việc đã có thông báo không thụ lý",
  transferred: "Vụ việc đã được chuyển đến nơi có thẩm quyền",
  merged: "Vụ việc đã được gộp vào vụ việc khác",
  withdrawn: "Người gửi đã rút đơn",
};

export interface WorkflowItem {
  status: string;
  track: Track;
}

/** Null when `action` is allowed on the item now; else why not, in Vietnamese. */
export function actionProblem(action: Action, item: WorkflowItem): string | null {
  const { status, track } = item;
  const finished = FINISHED[status];
  switch (action) {
    case "note":
      return null;
    case "rate":
      return status === "answered" || status === "closed"
        ? null
        : "Chỉ đánh giá được sau khi vụ việc đã có câu trả lời.";
    case "close":
      if (status === "answered") return null;
      return finished ? `${finished}.` : "Chỉ kết thúc được vụ việc đã có câu trả lời.";
    case "answer":
      if (status === "answered") return "Vụ việc đã có câu trả lời.";
      if (finished) return `${finished}, không thể trả lời.`;
      if (status === "suspended")
        return "Vụ việc đang tạm đình chỉ: ra quyết định tiếp tục giải quyết trước khi trả lời.";
      if (status === "received" && needsAcceptance(track))
        return "Phải thụ lý trước khi ban hành quyết định hoặc kết luận.";
      if (track === "satisfaction") return "Phiếu đánh giá không cần trả lời.";
      return null;
    case "classify":
    case "transfer":
    case "merge":
    case "refuse":
      if (status === "received") return null;
      if (status === "answered") return "Vụ việc đã có câu trả lời.";
      if (finished) return `${finished}.`;
      return action === "merge" || action === "transfer"
        ? null
        : "Vụ việc đã được thụ lý, không thể phân loại lại hoặc từ chối.";
    case "accept":
      if (status === "received")
        return track === "satisfaction" ? "Phiếu đánh giá không cần thụ lý." : null;
      if (status === "accepted" || status === "suspended") return "Vụ việc đã được thụ lý.";
      return `${finished ?? "Vụ việc đã có câu trả lời"}.`;
    case "assign":
    case "withdraw":
      if (OPEN.includes(status)) return null;
      return `${finished ?? "Vụ việc đã có câu trả lời"}.`;
    case "suspend":
    case "extend":
      if (status !== "accepted")
        return status === "suspended"
          ? "Vụ việc đang tạm đình chỉ."
          : "Chỉ vụ việc đang giải quyết mới tạm đình chỉ hoặc gia hạn được.";
      if (action === "extend" && track !== "denunciation")
        return "Chỉ tố cáo được gia hạn thời hạn giải quyết (Luật Tố cáo 2018 Điều 30).";
      if (
        action === "suspend" &&
        !["complaint", "disciplinary_complaint", "denunciation"].includes(track)
      )
        return "Chỉ khiếu nại, tố cáo mới có quyết định tạm đình chỉ giải quyết.";
      return null;
    case "resume":
      return status === "suspended" ? null : "Vụ việc không ở trạng thái tạm đình chỉ.";
    case "dialogue":
      if (track !== "complaint" && track !== "disciplinary_complaint")
        return "Chỉ khiếu nại mới có đối thoại theo Luật Khiếu nại.";
      return status === "accepted" ? null : "Chỉ đối thoại khi khiếu nại đang được giải quyết.";
  }
}

/** Complaints and denunciations are accepted (thụ lý) by a decision or notice before resolution. */
export function needsAcceptance(track: Track): boolean {
  return track === "complaint" || track === "disciplinary_complaint" || track === "denunciation";
}

export const isOpenStatus = (status: string) => OPEN.includes(status);
