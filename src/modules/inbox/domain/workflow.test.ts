import { describe, expect, it } from "vitest";
import { actionProblem, isOpenStatus, needsAcceptance } from "./workflow.ts";

describe("inbox workflow", () => {
  it("answers only what is open, and complaints and denunciations only once accepted", () => {
    expect(actionProblem("answer", { status: "received", track: "grassroots" })).toBeNull();
    expect(actionProblem("answer", { status: "received", track: "complaint" })).toBe(
      "Phải thụ lý trước khi ban hành quyết định hoặc kết luận.",
    );
    expect(actionProblem("answer", { status: "accepted", track: "denunciation" })).toBeNull();
    expect(actionProblem("answer", { status: "closed", track: "grassroots" })).toBe(
      "Vụ việc đã kết thúc, không thể trả lời.",
    );
    expect(actionProblem("answer", { status: "suspended", track: "complaint" })).toContain(
      "tạm đình chỉ",
    );
  });

  it("T27/T34: suspends complaints and denunciations only; T33: extends denunciations only", () => {
    expect(actionProblem("suspend", { status: "accepted", track: "complaint" })).toBeNull();
    expect(actionProblem("suspend", { status: "accepted", track: "grassroots" })).toContain(
      "Chỉ khiếu nại, tố cáo",
    );
    expect(actionProblem("extend", { status: "accepted", track: "complaint" })).toContain(
      "Điều 30",
    );
    expect(actionProblem("extend", { status: "accepted", track: "denunciation" })).toBeNull();
    expect(actionProblem("resume", { status: "accepted", track: "complaint" })).toBe(
      "Vụ việc không ở trạng thái tạm đình chỉ.",
    );
  });

  it("T24: a dialogue only in a complaint being resolved", () => {
    expect(actionProblem("dialogue", { status: "accepted", track: "complaint" })).toBeNull();
    expect(actionProblem("dialogue", { status: "received", track: "complaint" })).not.toBeNull();
    expect(actionProblem("dialogue", { status: "accepted", track: "denunciation" })).not.toBeNull();
  });

  it("rates only answered items; transfers and merges only open ones; notes always", () => {
    expect(actionProblem("rate", { status: "accepted", track: "grassroots" })).not.toBeNull();
    expect(actionProblem("rate", { status: "answered", track: "grassroots" })).toBeNull();
    expect(actionProblem("transfer", { status: "accepted", track: "pakn" })).toBeNull();
    expect(actionProblem("merge", { status: "merged", track: "pakn" })).toBe(
      "Vụ việc đã được gộp vào vụ việc khác.",
    );
    expect(actionProblem("note", { status: "withdrawn", track: "complaint" })).toBeNull();
    expect(actionProblem("refuse", { status: "accepted", track: "complaint" })).toContain(
      "đã được thụ lý",
    );
  });

  it("knows which tracks need acceptance and which statuses are open", () => {
    expect(needsAcceptance("complaint")).toBe(true);
    expect(needsAcceptance("grassroots")).toBe(false);
    expect(["received", "accepted", "suspended"].every(isOpenStatus)).toBe(true);
    expect(isOpenStatus("answered")).toBe(false);
  });
});
