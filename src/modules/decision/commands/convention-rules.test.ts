import { describe, expect, it } from "vitest";
import {
  conventionDues,
  nextReview,
  resolutionProblems,
  reviewDayProblem,
} from "./convention-rules.ts";

const base = {
  action: "suspended" as const,
  ground: "content" as const,
  on: "2026-04-03",
  amendBy: "2026-05-03",
  reason: "Điều 2 trái Điều 4 Nghị định 61.",
  partText: "Điều 2",
  suspensions: [],
};

describe("R72: what a complaint may end in (NĐ 61/2023 Điều 12.1, 14.1–14.2)", () => {
  it("a partial suspension with its part, reasons and a later deadline passes", () => {
    expect(resolutionProblems(base)).toEqual([]);
  });

  it("a suspension's deadline must come after the decision", () => {
    expect(resolutionProblems({ ...base, amendBy: "2026-04-03" }).map((f) => f.message)).toEqual([
      "Thời hạn sửa đổi (03/04/2026) phải sau ngày quyết định tạm ngưng (03/04/2026) (R72, NĐ 61/2023 Điều 12.1).",
    ]);
  });

  it("a partial act names its part; an annulment ground cannot suspend", () => {
    expect(resolutionProblems({ ...base, partText: " " })[0]?.message).toBe(
      "Hãy ghi rõ phần (điều, khoản) bị tạm ngưng hoặc bãi bỏ (R72, NĐ 61/2023 Điều 12.1).",
    );
    expect(resolutionProblems({ ...base, ground: "unlawful_content" })[0]?.message).toMatch(
      /^Chỉ tạm ngưng toàn bộ khi/,
    );
  });

  it("an unfounded reply needs only its reasons, in writing", () => {
    expect(
      resolutionProblems({ ...base, action: "unfounded", ground: null, reason: "Không" }).map(
        (f) => f.rule,
      ),
    ).toEqual(["R72"]);
    expect(resolutionProblems({ ...base, action: "unfounded", ground: null })).toEqual([]);
  });

  it("annulling for an expired suspension needs one of the same extent whose deadline passed before the day", () => {
    const annul = {
      ...base,
      action: "annulled" as const,
      ground: "part_suspension_expired" as const,
      amendBy: null,
    };
    const part = { extent: "part" as const, amendBy: "2026-05-03", liftedOn: null };
    expect(resolutionProblems({ ...annul, on: "2026-05-03", suspensions: [part] })).toHaveLength(1);
    expect(resolutionProblems({ ...annul, on: "2026-05-04", suspensions: [part] })).toEqual([]);
    expect(
      resolutionProblems({
        ...annul,
        on: "2026-05-04",
        suspensions: [{ ...part, liftedOn: "2026-05-01" }],
      }),
    ).toHaveLength(1);
    expect(
      resolutionProblems({
        ...annul,
        ground: "suspension_expired",
        partText: null,
        on: "2026-05-04",
        suspensions: [part],
      }),
    ).toHaveLength(1);
  });
});

describe("R73: the yearly review (NĐ 61/2023 Điều 15.4)", () => {
  const c = { recognised_on: "2026-03-17", review_month: null, review_day: null };
  it("18/11 of the year of recognition, then the year after once held", () => {
    expect(nextReview(c, [], "2026-06-01")).toEqual({ year: 2026, date: "2026-11-18" });
    expect(nextReview(c, [2026], "2026-12-01")).toEqual({ year: 2027, date: "2027-11-18" });
  });
  it("recognised after 18/11: the first review is the next year's", () => {
    expect(nextReview({ ...c, recognised_on: "2026-11-18" }, [], "2026-11-20")).toEqual({
      year: 2027,
      date: "2027-11-18",
    });
  });
  it("an agreed 29/02 is accepted and falls on 28/02 in a common year", () => {
    expect(reviewDayProblem(2, 29)).toBeNull();
    expect(reviewDayProblem(2, 30)).toBe("Ngày 30/2 không có trong năm.");
    expect(nextReview({ ...c, review_month: 2, review_day: 29 }, [], "2026-06-01")).toEqual({
      year: 2027,
      date: "2027-02-28",
    });
  });
});

describe("what is due (R71–R72)", () => {
  const convention = {
    id: 7,
    status: "adopted" as const,
    dossier_due: "2026-03-10",
    decision_due: null,
    recognised_on: null,
    review_month: null,
    review_day: null,
  };
  it("the dossier is due, overdue the day after its last day", () => {
    expect(conventionDues(convention, [], [], "2026-03-10")).toEqual([
      {
        conventionId: 7,
        rule: "R71",
        article: "NĐ 61/2023 Điều 11",
        what: "Trưởng thôn gửi hồ sơ đề nghị UBND xã công nhận",
        due: "2026-03-10",
        overdue: false,
      },
    ]);
    expect(conventionDues(convention, [], [], "2026-03-11")[0]?.overdue).toBe(true);
  });
  it("an open complaint has both clocks; an answered one none", () => {
    const complaint = {
      convention_id: 7,
      received_on: "2026-04-01",
      reply_due: "2026-04-06",
      annul_due: "2026-04-08",
      resolution: null,
      extent: null,
      amend_by: null,
      lifted_on: null,
    };
    const recognised = {
      ...convention,
      status: "recognised" as const,
      recognised_on: "2026-03-17",
    };
    expect(
      conventionDues(recognised, [complaint], [2026], "2026-04-07").map((d) => [
        d.rule,
        d.article,
        d.due,
        d.overdue,
      ]),
    ).toEqual([
      ["R72", "NĐ 61/2023 Điều 12.2", "2026-04-06", true],
      ["R72", "NĐ 61/2023 Điều 14.3", "2026-04-08", false],
      ["R73", "NĐ 61/2023 Điều 15.4", "2027-11-18", false],
    ]);
    expect(
      conventionDues(
        recognised,
        [{ ...complaint, resolution: "unfounded" }],
        [2026],
        "2026-04-07",
      ).map((d) => d.rule),
    ).toEqual(["R73"]);
  });
});
