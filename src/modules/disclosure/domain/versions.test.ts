import { describe, expect, it } from "vitest";
import { civilServiceCalendar } from "../../../core/calendar/index.ts";
import { AppError } from "../../../core/errors.ts";
import { categoryOf } from "./catalogues.ts";
import { assessDisclosure } from "./compliance.ts";
import { type DisclosureVersion, nextVersion, supersededOn } from "./versions.ts";

const calendar = civilServiceCalendar();
const category = categoryOf("commune", "2")!;
const facts = { villageIds: [12], hasLoudspeaker: false, hasIntranet: false };

const v1: DisclosureVersion = {
  version: 1,
  basisDate: "2026-03-02",
  publishedOn: "2026-03-05",
  evidence: [
    { form: "hq_board", villageId: null, from: "2026-03-05", to: null },
    { form: "village_board", villageId: 12, from: "2026-03-06", to: null },
  ],
  supersedes: null,
};

const assess = (v: DisclosureVersion, today: string, superseded: string | null = null) =>
  assessDisclosure({
    category,
    basisDate: v.basisDate,
    publishedOn: v.publishedOn,
    evidence: v.evidence,
    facts,
    today,
    calendar,
    supersededOn: superseded,
  });

describe("R11 (Luật 10/2022 Art 14.1): a change is disclosed again as a new version", () => {
  it("R11: the new version is numbered on, carries its own basis date, and starts unpublished with no evidence", () => {
    expect(nextVersion(v1, "2026-04-28")).toEqual({
      version: 2,
      basisDate: "2026-04-28",
      publishedOn: null,
      evidence: [],
      supersedes: 1,
    });
  });

  it("R11 with R5 (Art 12.3): its deadline runs from ITS basis date, and the old postings do not count for it", () => {
    const v2 = nextVersion(v1, "2026-04-28");
    // v1's postings are still up on 08/05, but v2 has none of its own: due Thu 07/05/2026.
    const fs = assess(v2, "2026-05-08");
    expect(fs.map((f) => [f.rule, f.status, f.due])).toEqual([
      ["R5", "missing", "2026-05-07"],
      ["R6", "missing", "2026-05-07"],
      ["R7", "missing", "2026-05-07"],
      ["R7", "missing", "2026-05-07"],
    ]);
    // The same evidence v1 had, recorded again for v2 from 06/05, makes it comply.
    const posted: DisclosureVersion = {
      ...v2,
      publishedOn: "2026-05-06",
      evidence: [
        { form: "hq_board", villageId: null, from: "2026-05-06", to: null },
        { form: "village_board", villageId: 12, from: "2026-05-06", to: null },
      ],
    };
    expect(assess(posted, "2026-06-10").map((f) => f.status)).toEqual(["ok", "ok", "ok", "ok"]);
  });

  it("R11: the old version is superseded when the new one is published; its postings need not outlast that day", () => {
    const v2 = { ...nextVersion(v1, "2026-03-20"), publishedOn: "2026-03-25" };
    expect(supersededOn(v2)).toBe("2026-03-25");
    expect(supersededOn({ ...v2, publishedOn: null })).toBeNull();
    const replaced: DisclosureVersion = {
      ...v1,
      evidence: [
        { form: "hq_board", villageId: null, from: "2026-03-05", to: "2026-03-24" },
        { form: "village_board", villageId: 12, from: "2026-03-06", to: "2026-03-20" },
      ],
    };
    const fs = assess(replaced, "2026-06-01", supersededOn(v2));
    expect(fs[2]).toMatchObject({
      status: "ok",
      message:
        "Đã niêm yết tại trụ sở HĐND, UBND cấp xã từ ngày 05/03/2026 đến khi có phiên bản mới thay thế ngày 25/03/2026 (R7, Luật 10/2022 Điều 13.2).",
    });
    // Taken down at the village before the new version came: still too short.
    expect(fs[3]).toMatchObject({ status: "short", villageId: 12 });
  });

  it("R11: a draft cannot be versioned, and the change cannot predate the original basis", () => {
    expect(() => nextVersion({ ...v1, publishedOn: null }, "2026-04-28")).toThrow(AppError);
    expect(() => nextVersion(v1, "2026-03-01")).toThrow(
      "Văn bản căn cứ của phiên bản mới không được trước văn bản căn cứ của phiên bản cũ.",
    );
  });
});
