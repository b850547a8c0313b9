import type { Executor } from "./db/database.ts";

// Indicators (chỉ tiêu): figures a module computes from its own data for one unit (with every unit
// under it) and one closed period, which reports are pre-filled with (issue #6 §3). Whole numbers
// only, so an upper level adds them up exactly: a count, or a share as numerator and denominator.

export interface IndicatorDefinition {
  /** Stable key, "<module>.<name>": "inbox.answered_on_time". */
  id: string;
  /** Vietnamese, as reports print it. */
  title: string;
  kind: "count" | "share";
}

export type IndicatorValue =
  | { kind: "count"; value: number }
  | { kind: "share"; numerator: number; denominator: number };

/** The days counted, both included ("YYYY-MM-DD"). */
export interface IndicatorWindow {
  from: string;
  to: string;
}

export interface ModuleIndicators {
  definitions: IndicatorDefinition[];
  /** Every defined indicator's value for the unit at `unitPath` and all units under it. */
  compute(
    db: Executor,
    unitPath: string,
    window: IndicatorWindow,
  ): Promise<Record<string, IndicatorValue>>;
}

export const count = (value: number): IndicatorValue => ({ kind: "count", value });
export const share = (numerator: number, denominator: number): IndicatorValue => ({
  kind: "share",
  numerator,
  denominator,
});

/** Every provider's definitions, in the modules' order. */
export const indicatorDefinitions = (providers: readonly ModuleIndicators[]) =>
  providers.flatMap((p) => p.definitions);

/** Every provider's values for one unit (with its subtree) and one window, in one map. */
export async function computeIndicators(
  db: Executor,
  providers: readonly ModuleIndicators[],
  unitPath: string,
  window: IndicatorWindow,
): Promise<Record<string, IndicatorValue>> {
  const parts = await Promise.all(providers.map((p) => p.compute(db, unitPath, window)));
  return Object.assign({}, ...parts);
}
