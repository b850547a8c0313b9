import { describe, expect, it } from "vitest";
import { modules } from "../modules.ts";
import { checkDefinitions } from "./reporting/domain/indicators.ts";

describe("indicators every module exports for reports (issue #6 §3)", () => {
  const all = modules.flatMap((m) => m.indicators?.definitions ?? []);

  it("have well-formed, unique ids across modules, titles and kinds", () => {
    expect(() => checkDefinitions(all)).not.toThrow();
  });

  it("are named after the module that computes them", () => {
    for (const m of modules) {
      for (const d of m.indicators?.definitions ?? []) expect(d.id.split(".")[0]).toBe(m.name);
    }
    expect(all.length).toBeGreaterThanOrEqual(11);
  });
});
