// Shared by the domain tests.
import type { IndicatorDefinition } from "./indicators.ts";
import { ReportingError } from "./refusal.ts";

/** The ReportingError `run` throws; fails the test if it throws nothing or something else. */
export function refusal(run: () => unknown): ReportingError {
  try {
    run();
  } catch (error) {
    if (error instanceof ReportingError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

export const received: IndicatorDefinition = {
  id: "inbox.items_received",
  title: "Số phản ánh, kiến nghị tiếp nhận",
  kind: "count",
};
export const onTime: IndicatorDefinition = {
  id: "inbox.answered_on_time",
  title: "Tỷ lệ trả lời đúng hạn",
  kind: "share",
};
