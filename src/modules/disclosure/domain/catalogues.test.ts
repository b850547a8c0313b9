import { describe, expect, it } from "vitest";
import { CATEGORIES, categoriesOf, categoryOf, regimeOf } from "./catalogues.ts";
import type { Category } from "./types.ts";

const codes = (cs: readonly Category[]) => cs.map((c) => c.code);
const commune = (code: string) => categoryOf("commune", code)!;

describe("catalogues: what each regime must disclose", () => {
  it("R4 (Luật 10/2022 Art 11): the commune discloses items 1–14", () => {
    expect(codes(categoriesOf("commune"))).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
      "11",
      "12",
      "13",
      "14",
    ]);
    expect(commune("9").title.vi).toContain("nhập ngũ");
  });

  it("R75 (Luật 10/2022 Art 46): agencies and public service units disclose items 1–12", () => {
    expect(codes(categoriesOf("agency"))).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
      "11",
      "12",
    ]);
  });

  it("R83 (Luật 10/2022 Art 64): state enterprises disclose items a–h (no item f in Vietnamese)", () => {
    expect(codes(categoriesOf("state_enterprise"))).toEqual([
      "a",
      "b",
      "c",
      "d",
      "đ",
      "e",
      "g",
      "h",
    ]);
  });

  it("R97 (NĐ 145/2020 Art 43.1): every employer discloses items a–g, no deadline, forms by regulation", () => {
    const items = categoriesOf("employer");
    expect(codes(items)).toEqual(["a", "b", "c", "d", "đ", "e", "g"]);
    for (const c of items) {
      expect(c.deadline).toBeNull();
      expect(c.postings).toEqual([]);
      expect(c.formsFromRegulation).toEqual({ rule: "R97", article: "NĐ 145/2020 Điều 43" });
    }
  });

  it("every category has a Vietnamese title and an English gloss; codes are unique per regime", () => {
    expect(CATEGORIES).toHaveLength(14 + 12 + 8 + 7);
    const keys = new Set(CATEGORIES.map((c) => `${c.regime}:${c.code}`));
    expect(keys.size).toBe(CATEGORIES.length);
    for (const c of CATEGORIES) {
      expect(c.title.vi.length).toBeGreaterThan(10);
      expect(c.title.en.length).toBeGreaterThan(10);
    }
  });
});

describe("catalogues: deadlines (R5, R75, R83)", () => {
  it("R5 (Luật 10/2022 Art 12.3): commune items are due 05 working days after the basis document", () => {
    for (const c of categoriesOf("commune")) {
      expect(c.deadline).toMatchObject({ unit: "WD", n: 5, provision: "Luật 10/2022 Điều 12.3" });
      expect(c.deadline?.rule).toBe("R5");
    }
  });
  it("R75 (Luật 10/2022 Art 47.2): agency items are due 05 working days after the decision", () => {
    for (const c of categoriesOf("agency")) {
      expect(c.deadline).toMatchObject({ unit: "WD", n: 5, provision: "Luật 10/2022 Điều 47.2" });
    }
  });
  it("R83 (Luật 10/2022 Art 65.2): state enterprise items are due 15 calendar days after the decision", () => {
    for (const c of categoriesOf("state_enterprise")) {
      expect(c.deadline).toMatchObject({ unit: "D", n: 15, provision: "Luật 10/2022 Điều 65.2" });
    }
  });
});

describe("catalogues: required forms and durations", () => {
  it("R7 (Luật 10/2022 Art 13.2): items 1–3, 5–12 are posted ≥ 30 days at the HQ and at every village", () => {
    const withR7 = categoriesOf("commune").filter((c) => c.postings.some((p) => p.rule === "R7"));
    expect(codes(withR7)).toEqual(["1", "2", "3", "5", "6", "7", "8", "9", "10", "11", "12"]);
    expect(commune("2").postings).toEqual([
      { anyOf: ["hq_board"], minDays: 30, rule: "R7", article: "Luật 10/2022 Điều 13.2" },
      {
        anyOf: ["village_board"],
        everyVillage: true,
        minDays: 30,
        rule: "R7",
        article: "Luật 10/2022 Điều 13.2",
      },
    ]);
  });

  it("R8 (Luật 10/2022 Art 13.2): items 4 and 13 are posted permanently at the HQ (minDays null)", () => {
    for (const code of ["4", "13"]) {
      expect(commune(code).postings).toEqual([
        { anyOf: ["hq_board"], minDays: null, rule: "R8", article: "Luật 10/2022 Điều 13.2" },
      ]);
    }
  });

  it("R9 (Luật 10/2022 Art 13.3–13.4): items 7–12 go on the loudspeaker (if any) ≥ 3 days and to village heads", () => {
    const withR9 = categoriesOf("commune").filter((c) => c.toVillageHeads);
    expect(codes(withR9)).toEqual(["7", "8", "9", "10", "11", "12"]);
    expect(commune("7").postings[2]).toEqual({
      anyOf: ["loudspeaker"],
      minDays: 3,
      onlyIf: "has_loudspeaker",
      rule: "R9",
      article: "Luật 10/2022 Điều 13.3",
    });
    expect(commune("7").toVillageHeads).toEqual({ rule: "R9", article: "Luật 10/2022 Điều 13.4" });
    expect(commune("6").toVillageHeads).toBeUndefined();
  });

  it("R6 (Luật 10/2022 Art 13.1): item 14 has no posting rule, only the portal", () => {
    expect(commune("14").postings).toEqual([]);
  });

  it("R75 (Luật 10/2022 Art 48): intranet ≥ 20 days where there is one, else boards ≥ 20 days unless a letter went to all staff", () => {
    expect(categoryOf("agency", "6")?.postings).toEqual([
      {
        anyOf: ["intranet"],
        minDays: 20,
        onlyIf: "has_intranet",
        rule: "R75",
        article: "Luật 10/2022 Điều 48",
      },
      {
        anyOf: ["hq_board", "workplace_board"],
        minDays: 20,
        onlyIf: "no_intranet",
        waivedBy: "letter_all_staff",
        rule: "R75",
        article: "Luật 10/2022 Điều 48",
      },
    ]);
  });

  it("R83 (Luật 10/2022 Art 66): intranet or posting ≥ 20 days, unless sent in writing to all workers", () => {
    expect(categoryOf("state_enterprise", "b")?.postings).toEqual([
      {
        anyOf: ["intranet", "workplace_board", "hq_board"],
        minDays: 20,
        waivedBy: "letter_all_staff",
        rule: "R83",
        article: "Luật 10/2022 Điều 66",
      },
    ]);
  });
});

describe("regimeOf: which part of the law a unit kind discloses under", () => {
  it("communes, wards and special zones → commune; agencies and public units → agency", () => {
    expect(regimeOf("commune")).toBe("commune");
    expect(regimeOf("ward")).toBe("commune");
    expect(regimeOf("special_zone")).toBe("commune");
    expect(regimeOf("state_agency")).toBe("agency");
    expect(regimeOf("public_service_unit")).toBe("agency");
    expect(regimeOf("state_enterprise")).toBe("state_enterprise");
    expect(regimeOf("enterprise")).toBe("employer");
  });
  it("provinces, villages and unknown kinds disclose under none of these", () => {
    expect(regimeOf("province")).toBeNull();
    expect(regimeOf("central_city")).toBeNull();
    expect(regimeOf("village")).toBeNull();
    expect(regimeOf("residential_group")).toBeNull();
    expect(regimeOf("toString")).toBeNull();
    expect(categoryOf("commune", "15")).toBeNull();
    expect(categoryOf("employer", "h")).toBeNull();
  });
});
