import { describe, expect, it } from "vitest";
import { civilServiceCalendar } from "../../../core/calendar/index.ts";
import { categoryOf } from "./catalogues.ts";
import { assessDisclosure, type DisclosureInput, summarize, summarizeUnit } from "./compliance.ts";
import type { Evidence, Finding, Form, Regime } from "./types.ts";

const calendar = civilServiceCalendar();
// Basis Tue 28/04/2026: 30/4, 1/5 and the weekend skipped → due Thu 07/05/2026 (R5).
const BASIS = "2026-04-28";
const DUE = "2026-05-07";

const ev = (
  form: Form,
  from: string,
  to: string | null,
  villageId: number | null = null,
): Evidence => ({
  form,
  villageId,
  from,
  to,
});

function assess(
  regime: Regime,
  code: string,
  evidence: Evidence[],
  overrides: Partial<DisclosureInput> = {},
): Finding[] {
  return assessDisclosure({
    category: categoryOf(regime, code)!,
    basisDate: BASIS,
    publishedOn: DUE,
    evidence,
    facts: { villageIds: [12, 15], hasLoudspeaker: true, hasIntranet: false },
    today: "2026-06-20",
    calendar,
    ...overrides,
  });
}

const brief = (fs: Finding[]) =>
  fs.map((f) => [f.rule, f.form ?? "", f.villageId ?? "", f.status] as const);
const about = (fs: Finding[], form: Form, villageId?: number) => {
  const f = fs.find(
    (x) => x.form === form && (villageId === undefined || x.villageId === villageId),
  );
  if (!f) throw new Error(`no finding for ${form} ${villageId ?? ""}`);
  return f;
};

/** Category 7 fully complied with: every form started by the due day and long enough. */
const COMPLETE_7 = [
  ev("hq_board", "2026-05-07", null),
  ev("village_board", "2026-05-06", "2026-06-04", 12), // exactly 30 days
  ev("village_board", "2026-05-07", null, 15),
  ev("loudspeaker", "2026-05-05", "2026-05-07"), // exactly 3 days
  ev("village_heads", "2026-05-07", null, 12),
  ev("village_heads", "2026-05-04", null, 15),
];

describe("assessDisclosure: a commune item with every rule (R5–R9, Luật 10/2022 Art 12–13)", () => {
  it("R5, R6, R7, R9: item 7 done on time everywhere, long enough → one ok finding per rule, place and village", () => {
    const fs = assess("commune", "7", COMPLETE_7);
    expect(brief(fs)).toEqual([
      ["R5", "", "", "ok"],
      ["R6", "portal", "", "ok"],
      ["R7", "hq_board", "", "ok"],
      ["R7", "village_board", 12, "ok"],
      ["R7", "village_board", 15, "ok"],
      ["R9", "loudspeaker", "", "ok"],
      ["R9", "village_heads", 12, "ok"],
      ["R9", "village_heads", 15, "ok"],
    ]);
    expect(about(fs, "village_board", 12)).toEqual({
      rule: "R7",
      article: "Luật 10/2022 Điều 13.2",
      status: "ok",
      due: DUE,
      form: "village_board",
      villageId: 12,
      message:
        "Đã niêm yết tại điểm sinh hoạt cộng đồng của thôn #12 đủ 30 ngày liên tục (từ ngày 06/05/2026 đến ngày 04/06/2026) (R7, Luật 10/2022 Điều 13.2).",
    });
    expect(summarize(fs)).toBe("ok");
  });

  it("R7 (Art 13.2): no posting at one village after the deadline → missing, naming the village", () => {
    const fs = assess(
      "commune",
      "2",
      COMPLETE_7.filter((e) => !(e.form === "village_board" && e.villageId === 12)),
    );
    expect(about(fs, "village_board", 12)).toMatchObject({
      status: "missing",
      message:
        "Chưa niêm yết tại điểm sinh hoạt cộng đồng của thôn #12 (R7, Luật 10/2022 Điều 13.2).",
    });
    expect(about(fs, "village_board", 15).status).toBe("ok");
    expect(summarize(fs)).toBe("problem");
  });

  it("R7 (Art 13.2) with R5 (Art 12.3): a posting started on the 6th working day (Fri 08/05) is late for that form", () => {
    const fs = assess("commune", "2", [ev("hq_board", "2026-05-08", null)]);
    expect(about(fs, "hq_board")).toMatchObject({
      status: "late",
      due: DUE,
      message:
        "Niêm yết tại trụ sở HĐND, UBND cấp xã từ ngày 08/05/2026, sau hạn chót 07/05/2026 (đủ 30 ngày liên tục vào ngày 06/06/2026) (R7, Luật 10/2022 Điều 13.2).",
    });
    const onTime = assess("commune", "2", [ev("hq_board", "2026-05-07", null)]);
    expect(about(onTime, "hq_board").status).toBe("ok");
  });

  it("R7 (Art 13.2), R3: taken down after 29 consecutive days → short; after 30 → ok", () => {
    const at29 = assess("commune", "2", [ev("hq_board", "2026-05-05", "2026-06-02")]);
    expect(about(at29, "hq_board")).toMatchObject({
      status: "short",
      message:
        "Niêm yết tại trụ sở HĐND, UBND cấp xã chỉ được 29 ngày (từ ngày 05/05/2026 đến ngày 02/06/2026), chưa đủ 30 ngày liên tục (R7, Luật 10/2022 Điều 13.2).",
    });
    const at30 = assess("commune", "2", [ev("hq_board", "2026-05-05", "2026-06-03")]);
    expect(about(at30, "hq_board").status).toBe("ok");
  });

  it("R7 (Art 13.2), R3: a one-day gap resets the count; the remaining run is too short → interrupted", () => {
    const fs = assess("commune", "2", [
      ev("hq_board", "2026-05-05", "2026-05-20"),
      ev("hq_board", "2026-05-22", "2026-06-10"),
    ]);
    expect(about(fs, "hq_board")).toMatchObject({
      status: "interrupted",
      message:
        "Niêm yết tại trụ sở HĐND, UBND cấp xã bị gián đoạn (ngày 21/05/2026 không thực hiện), thời gian liên tục dài nhất chỉ 20 ngày, chưa đủ 30 ngày liên tục; gián đoạn thì phải tính lại từ đầu (R3, R7, Luật 10/2022 Điều 13.2).",
    });
    // The same two rows with no gap (to 20/05, from 21/05) are one run of 37 days.
    const joined = assess("commune", "2", [
      ev("hq_board", "2026-05-05", "2026-05-20"),
      ev("hq_board", "2026-05-21", "2026-06-10"),
    ]);
    expect(about(joined, "hq_board").status).toBe("ok");
  });

  it("R7 (Art 13.2), R3: re-posted after a gap past the deadline → interrupted even while running", () => {
    const fs = assess(
      "commune",
      "2",
      [ev("hq_board", "2026-05-05", "2026-05-20"), ev("hq_board", "2026-05-22", null)],
      { today: "2026-06-10" },
    );
    expect(about(fs, "hq_board")).toMatchObject({
      status: "interrupted",
      message:
        "Niêm yết tại trụ sở HĐND, UBND cấp xã bị gián đoạn (ngày 21/05/2026 không thực hiện), thực hiện lại từ ngày 22/05/2026, sau hạn chót 07/05/2026 (R3, R7, Luật 10/2022 Điều 13.2).",
    });
  });

  it("R7 (Art 13.2): a posting started on time and still up before day 30 is pending, with the day it will be enough", () => {
    const fs = assess("commune", "2", [ev("hq_board", "2026-05-05", null)], {
      today: "2026-05-20",
    });
    expect(about(fs, "hq_board")).toMatchObject({
      status: "pending",
      message:
        "Đang niêm yết tại trụ sở HĐND, UBND cấp xã từ ngày 05/05/2026 (được 16/30 ngày); đủ 30 ngày liên tục vào ngày 03/06/2026 (R7, Luật 10/2022 Điều 13.2).",
    });
    expect(about(fs, "village_board", 12)).toMatchObject({ status: "missing" });
  });

  it("R7 (Art 13.2): before the deadline, nothing yet is pending with the last day to start", () => {
    const fs = assess("commune", "2", [], { publishedOn: null, today: "2026-05-04" });
    expect(brief(fs).map((r) => r[3])).toEqual([
      "pending",
      "pending",
      "pending",
      "pending",
      "pending",
    ]);
    expect(about(fs, "village_board", 15).message).toBe(
      "Chưa niêm yết tại điểm sinh hoạt cộng đồng của thôn #15; cần thực hiện chậm nhất ngày 07/05/2026 (R7, Luật 10/2022 Điều 13.2).",
    );
    expect(summarize(fs)).toBe("pending");
  });

  it("R7 (Art 13.2): a commune with no villages recorded cannot be checked per village → pending", () => {
    const fs = assess("commune", "2", [ev("hq_board", "2026-05-05", null)], {
      facts: { villageIds: [], hasLoudspeaker: false, hasIntranet: false },
    });
    expect(fs.filter((f) => f.rule === "R7").map((f) => [f.status, f.message])).toEqual([
      ["ok", expect.stringContaining("Đã niêm yết tại trụ sở HĐND, UBND cấp xã đủ 30 ngày")],
      [
        "pending",
        "Chưa có danh sách thôn, tổ dân phố nên chưa kiểm tra được việc niêm yết tại từng thôn, tổ dân phố (R7, Luật 10/2022 Điều 13.2).",
      ],
    ]);
  });

  it("R6 (Art 13.1): every item must be on the portal; not yet → pending, then missing after the deadline", () => {
    const before = assess("commune", "14", [], { publishedOn: null, today: DUE });
    expect(brief(before)).toEqual([
      ["R5", "", "", "pending"],
      ["R6", "portal", "", "pending"],
    ]);
    const after = assess("commune", "14", [], { publishedOn: null, today: "2026-05-08" });
    expect(after[1]).toEqual({
      rule: "R6",
      article: "Luật 10/2022 Điều 13.1",
      status: "missing",
      due: DUE,
      form: "portal",
      message: "Chưa đăng trên cổng thông tin điện tử (R6, Luật 10/2022 Điều 13.1).",
    });
  });

  it("R9 (Art 13.3): loudspeaker for 2 days is short, 3 days ok; a commune without one → not applicable", () => {
    const two = assess("commune", "8", [ev("loudspeaker", "2026-05-05", "2026-05-06")]);
    expect(about(two, "loudspeaker")).toMatchObject({
      rule: "R9",
      status: "short",
      message:
        "Thông báo trên hệ thống truyền thanh cấp xã chỉ được 2 ngày (từ ngày 05/05/2026 đến ngày 06/05/2026), chưa đủ 3 ngày liên tục (R9, Luật 10/2022 Điều 13.3).",
    });
    const three = assess("commune", "8", [ev("loudspeaker", "2026-05-05", "2026-05-07")]);
    expect(about(three, "loudspeaker").status).toBe("ok");
    const none = assess("commune", "8", [], {
      facts: { villageIds: [12], hasLoudspeaker: false, hasIntranet: false },
    });
    expect(none.find((f) => f.article === "Luật 10/2022 Điều 13.3")).toEqual({
      rule: "R9",
      article: "Luật 10/2022 Điều 13.3",
      status: "not_applicable",
      message:
        "Xã không có hệ thống truyền thanh nên không phải thông báo trên hệ thống truyền thanh (R9, Luật 10/2022 Điều 13.3).",
    });
  });

  it("R9 (Art 13.4): items 7–12 are sent to every village head by the deadline; item 6 is not", () => {
    const fs = assess("commune", "12", [
      ev("village_heads", "2026-05-07", null, 12),
      ev("village_heads", "2026-05-08", null, 15),
    ]);
    expect(about(fs, "village_heads", 12).status).toBe("ok");
    expect(about(fs, "village_heads", 15)).toMatchObject({
      status: "late",
      message:
        "Gửi Trưởng thôn, Tổ trưởng tổ dân phố của thôn #15 để thông báo tới Nhân dân ngày 08/05/2026, sau hạn chót 07/05/2026 (R9, Luật 10/2022 Điều 13.4).",
    });
    const six = assess("commune", "6", []);
    expect(six.some((f) => f.rule === "R9")).toBe(false);
  });

  it("R8 (Art 13.2): items 4 and 13 stay posted at the HQ with no end; taken down → interrupted", () => {
    const up = assess("commune", "13", [ev("hq_board", "2026-05-06", null)]);
    expect(brief(up)).toEqual([
      ["R5", "", "", "ok"],
      ["R6", "portal", "", "ok"],
      ["R8", "hq_board", "", "ok"],
    ]);
    expect(about(up, "hq_board").message).toBe(
      "Đang niêm yết tại trụ sở HĐND, UBND cấp xã thường xuyên từ ngày 06/05/2026 (R8, Luật 10/2022 Điều 13.2).",
    );
    const down = assess("commune", "4", [ev("hq_board", "2026-05-06", "2026-06-15")]);
    expect(about(down, "hq_board")).toMatchObject({
      status: "interrupted",
      message:
        "Niêm yết tại trụ sở HĐND, UBND cấp xã đã gỡ sau ngày 15/06/2026; nội dung này phải niêm yết thường xuyên và chỉ thay khi có phiên bản mới (R3, R8, Luật 10/2022 Điều 13.2).",
    });
    const late = assess("commune", "4", [ev("hq_board", "2026-05-08", null)]);
    expect(about(late, "hq_board").status).toBe("late");
    // R8 has no 30-day rule and no village postings.
    expect(up.some((f) => f.rule === "R7")).toBe(false);
  });
});

describe("assessDisclosure: agencies (R75, Luật 10/2022 Art 47.2, 48)", () => {
  const noIntranet = { villageIds: [], hasLoudspeaker: false, hasIntranet: false };
  const withIntranet = { villageIds: [], hasLoudspeaker: false, hasIntranet: true };

  it("R75 (Art 48): without an intranet, the board for 19 days is short, 20 days ok", () => {
    const at19 = assess("agency", "6", [ev("hq_board", "2026-05-05", "2026-05-23")], {
      facts: noIntranet,
    });
    expect(brief(at19)).toEqual([
      ["R75", "", "", "ok"],
      ["R75", "", "", "not_applicable"],
      ["R75", "hq_board", "", "short"],
    ]);
    expect(at19[2]?.message).toBe(
      "Niêm yết tại trụ sở cơ quan, đơn vị chỉ được 19 ngày (từ ngày 05/05/2026 đến ngày 23/05/2026), chưa đủ 20 ngày liên tục (R75, Luật 10/2022 Điều 48).",
    );
    const at20 = assess("agency", "6", [ev("workplace_board", "2026-05-05", "2026-05-24")], {
      facts: noIntranet,
    });
    expect(at20[2]).toMatchObject({ form: "workplace_board", status: "ok" });
  });

  it("R75 (Art 48): without an intranet, a letter to all staff by the deadline waives the posting", () => {
    const fs = assess("agency", "7", [ev("letter_all_staff", "2026-05-06", null)], {
      facts: noIntranet,
    });
    expect(fs[2]).toMatchObject({
      status: "ok",
      form: "letter_all_staff",
      message:
        "Đã gửi văn bản tới toàn thể cán bộ, công chức, viên chức ngày 06/05/2026 (R75, Luật 10/2022 Điều 48).",
    });
  });

  it("R75 (Art 48): with an intranet it must be there ≥ 20 days; a board posting does not replace it", () => {
    const board = assess("agency", "3", [ev("hq_board", "2026-05-05", null)], {
      facts: withIntranet,
    });
    expect(brief(board)).toEqual([
      ["R75", "", "", "ok"],
      ["R75", "intranet", "", "missing"],
      ["R75", "", "", "not_applicable"],
    ]);
    expect(board[2]?.message).toBe(
      "Có mạng nội bộ nên phải đăng trên mạng nội bộ thay cho niêm yết (R75, Luật 10/2022 Điều 48).",
    );
    const intranet = assess("agency", "3", [ev("intranet", "2026-05-05", "2026-05-24")], {
      facts: withIntranet,
    });
    expect(intranet[1]).toMatchObject({ form: "intranet", status: "ok" });
    expect(summarize(intranet)).toBe("ok");
  });

  it("R75 (Art 47.2): nothing done and the deadline passed → late/missing with every allowed form named", () => {
    const fs = assess("agency", "1", [], { facts: noIntranet, publishedOn: "2026-05-08" });
    expect(fs[0]?.status).toBe("late");
    expect(fs[2]).toEqual({
      rule: "R75",
      article: "Luật 10/2022 Điều 48",
      status: "missing",
      due: DUE,
      message:
        "Chưa niêm yết tại trụ sở cơ quan, đơn vị hoặc niêm yết tại nơi làm việc hoặc gửi văn bản tới toàn thể cán bộ, công chức, viên chức (R75, Luật 10/2022 Điều 48).",
    });
  });
});

describe("assessDisclosure: state enterprises (R83, Luật 10/2022 Art 65.2, 66)", () => {
  const facts = { villageIds: [], hasLoudspeaker: false, hasIntranet: true };
  // Basis 28/04/2026 + 15 days = Wed 13/05/2026.
  it("R83 (Art 66): intranet or a workplace board ≥ 20 days, or a letter to all workers by the 15th day", () => {
    const board = assess(
      "state_enterprise",
      "b",
      [ev("workplace_board", "2026-05-13", "2026-06-01")],
      {
        facts,
        publishedOn: "2026-05-13",
      },
    );
    expect(brief(board)).toEqual([
      ["R83", "", "", "ok"],
      ["R83", "workplace_board", "", "ok"],
    ]);
    const letterLate = assess(
      "state_enterprise",
      "b",
      [ev("letter_all_staff", "2026-05-14", null)],
      {
        facts,
        publishedOn: "2026-05-13",
      },
    );
    expect(letterLate[1]).toMatchObject({
      status: "late",
      due: "2026-05-13",
      message:
        "Gửi văn bản tới toàn thể người lao động ngày 14/05/2026, sau hạn chót 13/05/2026 (R83, Luật 10/2022 Điều 66).",
    });
  });

  it("R83 (Art 66): the best alternative counts — a short intranet posting and a 20-day board → ok", () => {
    const fs = assess(
      "state_enterprise",
      "d",
      [ev("intranet", "2026-05-05", "2026-05-10"), ev("hq_board", "2026-05-06", "2026-05-25")],
      { facts },
    );
    expect(fs[1]).toMatchObject({ form: "hq_board", status: "ok" });
  });
});

describe("assessDisclosure: every employer (R97, NĐ 145/2020 Art 43)", () => {
  const facts = { villageIds: [], hasLoudspeaker: false, hasIntranet: false };
  it("R97 (NĐ 145 Art 43.2): no form configured by the regulation → missing; no deadline finding", () => {
    const fs = assess("employer", "b", [], { facts, configuredForms: [] });
    expect(fs).toEqual([
      {
        rule: "R97",
        article: "NĐ 145/2020 Điều 43",
        status: "missing",
        message:
          "Quy chế dân chủ ở cơ sở tại nơi làm việc chưa quy định hình thức công khai nội dung này (R97, NĐ 145/2020 Điều 43).",
      },
    ]);
  });
  it("R97 (NĐ 145 Art 43.2): each configured form is carried out; none has a day count, so not done yet is pending", () => {
    const fs = assess("employer", "a", [ev("meeting", "2026-06-02", null)], {
      facts,
      configuredForms: ["meeting", "workplace_board", "meeting"],
    });
    expect(brief(fs)).toEqual([
      ["R97", "meeting", "", "ok"],
      ["R97", "workplace_board", "", "pending"],
    ]);
    expect(fs[1]?.message).toBe(
      "Chưa niêm yết tại nơi làm việc theo quy chế dân chủ ở cơ sở tại nơi làm việc (R97, NĐ 145/2020 Điều 43).",
    );
  });
});

describe("summarize", () => {
  const f = (status: Finding["status"]): Finding => ({
    rule: "R7",
    article: "x",
    status,
    message: "",
  });
  it("any late, missing, short or interrupted finding is a problem; otherwise any pending is pending", () => {
    expect(summarize([f("ok"), f("late")])).toBe("problem");
    expect(summarize([f("pending"), f("missing")])).toBe("problem");
    expect(summarize([f("short")])).toBe("problem");
    expect(summarize([f("interrupted")])).toBe("problem");
    expect(summarize([f("ok"), f("pending")])).toBe("pending");
    expect(summarize([f("ok"), f("not_applicable")])).toBe("ok");
    expect(summarize([])).toBe("ok");
  });
  it("per unit: counts disclosures by summary", () => {
    expect(
      summarizeUnit([[f("ok")], [f("late")], [f("pending")], [f("missing"), f("ok")]]),
    ).toEqual({
      ok: 1,
      pending: 1,
      problem: 2,
    });
  });
});
