import { describe, expect, it } from "vitest";
import { type LocalDate, parseLocalDate } from "../../../core/calendar/index.ts";
import { ReportingError } from "./refusal.ts";
import {
  type ActionContext,
  type Actor,
  actionProblem,
  activeException,
  applyAction,
  grantLockException,
  type LockException,
  type ReportAction,
  type ReportRecord,
  type ReportStatus,
  timeliness,
  timelinessText,
} from "./submission.ts";

const d = (iso: string): LocalDate => parseLocalDate(iso);

// A Party cell (unit 20) reports to the ward Party Committee (unit 10), seed 003 §7.
const author: Actor = { accountId: 201, unitId: 20 };
const reviewer: Actor = { accountId: 101, unitId: 10 };
const outsider: Actor = { accountId: 301, unitId: 30 };
/** The account that submitted, also holding a position at the upper level. */
const submitterAtUpperLevel: Actor = { accountId: 201, unitId: 10 };

const round = { lastDay: d("2026-06-09"), lockedFrom: d("2026-06-20") };

const report = (status: ReportStatus, over: Partial<ReportRecord> = {}): ReportRecord => ({
  unitId: 20,
  reviewerUnitId: 10,
  status,
  firstSubmittedOn: status === "draft" ? null : d("2026-06-08"),
  lastSubmittedBy: status === "draft" ? null : 201,
  ...over,
});

const ctx = (actor: Actor, on = "2026-06-08", exceptions: LockException[] = []): ActionContext => ({
  actor,
  on,
  round,
  exceptions,
});

describe("issue #6 §3: draft → submitted → returned → submitted → approved (locked)", () => {
  it("issue #6 §3: the full path; the first submission day is kept for timeliness (README choice 6)", () => {
    let r = report("draft");
    r = applyAction(r, { kind: "edit" }, ctx(author, "2026-06-05"));
    r = applyAction(r, { kind: "submit" }, ctx(author, "2026-06-09"));
    expect(r).toEqual({
      ...report("draft"),
      status: "submitted",
      firstSubmittedOn: "2026-06-09",
      lastSubmittedBy: 201,
    });
    r = applyAction(
      r,
      { kind: "return", comment: "Bổ sung số liệu mục III." },
      ctx(reviewer, "2026-06-11"),
    );
    expect(r.status).toBe("returned");
    r = applyAction(r, { kind: "edit" }, ctx(author, "2026-06-12"));
    r = applyAction(r, { kind: "submit" }, ctx({ accountId: 202, unitId: 20 }, "2026-06-15"));
    expect(r).toMatchObject({
      status: "submitted",
      firstSubmittedOn: "2026-06-09",
      lastSubmittedBy: 202,
    });
    r = applyAction(r, { kind: "approve" }, ctx(reviewer, "2026-06-16"));
    expect(r.status).toBe("approved");
    expect(timeliness(round.lastDay, r.firstSubmittedOn!)).toEqual({
      status: "on_time",
      daysLate: 0,
    });
  });

  const ret = (comment = "Bổ sung."): ReportAction => ({ kind: "return", comment });
  it.each<[ReportStatus, ReportAction, Actor, string, number, string]>([
    // Editing an approved report, and anything else on it: the approval locks it.
    [
      "approved",
      { kind: "edit" },
      author,
      "approved_locked",
      409,
      "Báo cáo đã được cấp trên duyệt và khóa, không thể sửa.",
    ],
    [
      "approved",
      { kind: "submit" },
      author,
      "approved_locked",
      409,
      "Báo cáo đã được cấp trên duyệt và khóa.",
    ],
    [
      "approved",
      ret(),
      reviewer,
      "approved_locked",
      409,
      "Báo cáo đã được cấp trên duyệt và khóa.",
    ],
    [
      "approved",
      { kind: "approve" },
      reviewer,
      "approved_locked",
      409,
      "Báo cáo đã được cấp trên duyệt và khóa.",
    ],
    // While the upper level has it, the unit can neither change nor resend it.
    [
      "submitted",
      { kind: "edit" },
      author,
      "already_submitted",
      409,
      "Báo cáo đã gửi và đang chờ cấp trên xem xét; chỉ sửa được khi cấp trên trả lại.",
    ],
    [
      "submitted",
      { kind: "submit" },
      author,
      "already_submitted",
      409,
      "Báo cáo đã được gửi và đang chờ cấp trên xem xét.",
    ],
    // Only a submitted report can be returned or approved.
    [
      "draft",
      { kind: "approve" },
      reviewer,
      "not_submitted",
      409,
      "Báo cáo chưa được gửi nên chưa thể duyệt.",
    ],
    [
      "returned",
      ret(),
      reviewer,
      "not_submitted",
      409,
      "Báo cáo chưa được gửi nên chưa thể trả lại.",
    ],
    // Issue #6 (bad input): approving one's own report; only the upper level reviews.
    [
      "submitted",
      { kind: "approve" },
      author,
      "own_report",
      403,
      "Không được tự duyệt báo cáo của chính đơn vị mình.",
    ],
    [
      "submitted",
      ret(),
      author,
      "own_report",
      403,
      "Không được tự trả lại báo cáo của chính đơn vị mình.",
    ],
    [
      "submitted",
      { kind: "approve" },
      submitterAtUpperLevel,
      "own_report",
      403,
      "Người đã gửi báo cáo không được tự duyệt báo cáo đó.",
    ],
    [
      "submitted",
      { kind: "approve" },
      outsider,
      "not_reviewer",
      403,
      "Chỉ cấp trên nhận báo cáo mới được duyệt báo cáo này.",
    ],
    [
      "submitted",
      ret(),
      outsider,
      "not_reviewer",
      403,
      "Chỉ cấp trên nhận báo cáo mới được trả lại báo cáo này.",
    ],
    // Only the reporting unit writes and sends it.
    [
      "draft",
      { kind: "edit" },
      reviewer,
      "not_reporting_unit",
      403,
      "Chỉ đơn vị lập báo cáo mới được sửa báo cáo này.",
    ],
    [
      "draft",
      { kind: "submit" },
      outsider,
      "not_reporting_unit",
      403,
      "Chỉ đơn vị lập báo cáo mới được gửi báo cáo này.",
    ],
    // A return says what to fix.
    [
      "submitted",
      ret("  "),
      reviewer,
      "comment_required",
      400,
      "Phải ghi ý kiến khi trả lại báo cáo.",
    ],
  ])("issue #6 §3: %s + %j by %j → %s", (status, action, actor, reason, httpStatus, message) => {
    const problem = actionProblem(report(status), action, ctx(actor));
    expect(problem).toBeInstanceOf(ReportingError);
    expect(problem).toMatchObject({ reason, status: httpStatus, message });
    expect(() => applyAction(report(status), action, ctx(actor))).toThrow(message);
  });

  it("issue #6 §3: what is allowed in each state", () => {
    expect(actionProblem(report("draft"), { kind: "edit" }, ctx(author))).toBeNull();
    expect(actionProblem(report("returned"), { kind: "edit" }, ctx(author))).toBeNull();
    expect(actionProblem(report("returned"), { kind: "submit" }, ctx(author))).toBeNull();
    expect(actionProblem(report("submitted"), ret(), ctx(reviewer))).toBeNull();
    expect(actionProblem(report("submitted"), { kind: "approve" }, ctx(reviewer))).toBeNull();
  });
});

describe("issue #6 §3 (bad input): submitting after the lock without an exception is refused", () => {
  const submitOn = (on: string, exceptions: LockException[] = [], status: ReportStatus = "draft") =>
    actionProblem(report(status), { kind: "submit" }, ctx(author, on, exceptions));
  const exception = (over: Partial<LockException> = {}): LockException => ({
    unitId: 20,
    grantedBy: 101,
    grantedOn: d("2026-06-20"),
    expiresOn: d("2026-06-25"),
    reason: "Chi bộ họp muộn do mưa bão.",
    ...over,
  });

  it("issue #6 §3: the day before the lock a late report is still accepted; from the lock day it is refused", () => {
    expect(submitOn("2026-06-19")).toBeNull();
    expect(submitOn("2026-06-20")).toMatchObject({
      reason: "round_locked",
      status: 409,
      message:
        "Kỳ báo cáo đã khóa từ ngày 20/06/2026; chỉ gửi được khi cấp trên cho phép gửi sau khóa.",
    });
  });

  it("issue #6 §3: an exception works from the day granted through its expiry, for its own unit only", () => {
    expect(submitOn("2026-06-20", [exception()])).toBeNull();
    expect(submitOn("2026-06-25", [exception()])).toBeNull();
    expect(submitOn("2026-06-26", [exception()])?.reason).toBe("round_locked");
    expect(submitOn("2026-06-22", [exception({ grantedOn: d("2026-06-23") })])?.reason).toBe(
      "round_locked",
    );
    expect(submitOn("2026-06-22", [exception({ unitId: 21 })])?.reason).toBe("round_locked");
    expect(
      activeException([exception({ unitId: 21 }), exception()], 20, "2026-06-21")?.unitId,
    ).toBe(20);
  });

  it("issue #6 §3 (README choice 7): a report the upper level returned may be resent after the lock", () => {
    expect(submitOn("2026-07-01", [], "returned")).toBeNull();
  });

  it("issue #6 §3: a round not locked accepts submissions at any time", () => {
    const open = { ...ctx(author, "2027-01-01"), round: { ...round, lockedFrom: null } };
    expect(actionProblem(report("draft"), { kind: "submit" }, open)).toBeNull();
  });
});

describe("issue #6 §3: lock exceptions are granted by the upper level, with a reason and an expiry", () => {
  const grant = (actor: Actor, on: string, expiresOn: string, reason = "Mưa bão.") =>
    grantLockException({
      report: { unitId: 20, reviewerUnitId: 10 },
      actor,
      on,
      expiresOn,
      reason,
    });

  it("issue #6 §3: the upper level grants; the expiry may be the same day", () => {
    expect(grant(reviewer, "2026-06-20", "2026-06-20", "  Mưa bão. ")).toEqual({
      unitId: 20,
      grantedBy: 101,
      grantedOn: "2026-06-20",
      expiresOn: "2026-06-20",
      reason: "Mưa bão.",
    });
  });

  it.each<[Actor, string, string, string, string]>([
    [
      author,
      "2026-06-25",
      "Mưa bão.",
      "own_report",
      "Không được tự cho phép gửi sau khóa báo cáo của chính đơn vị mình.",
    ],
    [
      outsider,
      "2026-06-25",
      "Mưa bão.",
      "not_reviewer",
      "Chỉ cấp trên nhận báo cáo mới được cho phép gửi sau khóa báo cáo này.",
    ],
    [
      reviewer,
      "2026-06-19",
      "Mưa bão.",
      "invalid_exception",
      "Thời hạn cho phép gửi sau khóa phải từ ngày cấp phép trở đi.",
    ],
    [reviewer, "2026-06-25", " ", "invalid_exception", "Phải ghi lý do cho phép gửi sau khóa."],
  ])("issue #6 §3: refused for %j until %s (%s)", (actor, expiresOn, reason, code, message) => {
    let thrown: unknown;
    try {
      grant(actor, "2026-06-20", expiresOn, reason);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ReportingError);
    expect(thrown).toMatchObject({ reason: code, message });
  });
});

describe("issue #6 §3: late flag — after the last day on time, counted in calendar days", () => {
  it.each([
    ["2026-06-08", "on_time", 0],
    ["2026-06-09", "on_time", 0],
    ["2026-06-10", "late", 1],
    // Sat 13/06: weekend days count (README choice 5: calendar days, the sources name no other).
    ["2026-06-13", "late", 4],
  ])("last day 09/06/2026, submitted %s → %s, %i days late", (submittedOn, status, daysLate) => {
    expect(timeliness("2026-06-09", submittedOn)).toEqual({ status, daysLate });
  });

  it("issue #6 §3: the Vietnamese wording of each case", () => {
    expect(timelinessText("2026-06-09", "2026-06-11")).toBe(
      "Gửi ngày 11/06/2026, chậm 2 ngày so với hạn 09/06/2026.",
    );
    expect(timelinessText("2026-06-09", "2026-06-09")).toBe(
      "Gửi ngày 09/06/2026, đúng hạn (hạn 09/06/2026).",
    );
  });
});
