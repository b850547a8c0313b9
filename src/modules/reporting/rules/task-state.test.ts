import { describe, expect, it } from "vitest";
import { civilServiceCalendar } from "../../../core/calendar/index.ts";
import { DirectiveError } from "./directive-refusal.ts";
import { checkStep, isOverdue, reminderDue, taskClock } from "./task-state.ts";

const calendar = civilServiceCalendar();
const open = { status: "acknowledged" as const, dueOn: "2026-06-10", doneOn: null };

function refusal(run: () => unknown): DirectiveError {
  try {
    run();
  } catch (error) {
    if (error instanceof DirectiveError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("issue #6 §1: a task against its due date (Wednesday 10/06/2026)", () => {
  it("is on time on the due day and overdue from the next day", () => {
    expect(isOverdue(open, "2026-06-10")).toBe(false);
    expect(isOverdue(open, "2026-06-11")).toBe(true);
    expect(isOverdue({ ...open, status: "done", doneOn: "2026-06-12" }, "2026-06-20")).toBe(false);
  });

  it("is due soon within 3 working days, the weekend not counted", () => {
    expect(taskClock(calendar, open, "2026-06-04")).toBe("on_time"); // Thu: 4 working days left
    expect(taskClock(calendar, open, "2026-06-05")).toBe("due_soon"); // Fri: Mon, Tue, Wed
    expect(taskClock(calendar, open, "2026-06-10")).toBe("due_soon");
    expect(taskClock(calendar, open, "2026-06-11")).toBe("overdue");
    expect(reminderDue(calendar, open, "2026-06-04")).toBeNull();
    expect(reminderDue(calendar, open, "2026-06-05")).toBe("due_soon");
    expect(reminderDue(calendar, open, "2026-06-11")).toBe("overdue");
  });

  it("done on or before the due date is on time, after it late; no reminder once done", () => {
    const done = { status: "done" as const, dueOn: "2026-06-10", doneOn: "2026-06-10" };
    expect(taskClock(calendar, done, "2026-06-30")).toBe("done");
    expect(taskClock(calendar, { ...done, doneOn: "2026-06-11" }, "2026-06-30")).toBe("done_late");
    expect(reminderDue(calendar, done, "2026-06-11")).toBeNull();
  });
});

describe("issue #6 §1: the steps a task takes", () => {
  const assigned = { status: "assigned" as const, acknowledgedOn: null, doneOn: null };
  it("acknowledges once; nothing on a withdrawn directive or a done task (409)", () => {
    expect(() => checkStep("acknowledge", "issued", assigned)).not.toThrow();
    expect(() => checkStep("progress", "issued", assigned)).not.toThrow();
    const again = refusal(() =>
      checkStep("acknowledge", "issued", {
        status: "acknowledged",
        acknowledgedOn: "2026-06-02",
        doneOn: null,
      }),
    );
    expect([again.reason, again.code, again.message]).toEqual([
      "already_acknowledged",
      "conflict",
      "Đơn vị đã tiếp nhận nhiệm vụ này ngày 02/06/2026.",
    ]);
    expect(refusal(() => checkStep("progress", "withdrawn", assigned)).reason).toBe(
      "directive_withdrawn",
    );
    expect(
      refusal(() =>
        checkStep("progress", "issued", {
          status: "done",
          acknowledgedOn: "2026-06-02",
          doneOn: "2026-06-09",
        }),
      ).message,
    ).toBe("Nhiệm vụ đã hoàn thành ngày 09/06/2026; không cập nhật thêm.");
  });
});
