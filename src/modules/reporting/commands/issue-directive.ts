import { authorize } from "../../../core/authz/index.ts";
import { notFound } from "../../../core/errors.ts";
import { insertAssignments } from "../db/assignment.repo.ts";
import {
  issuedNumbers,
  issuerKey,
  lockDirective,
  lockIssuerYear,
  tasksOf,
  unitsOfKindsUnder,
  updateDirectiveRow,
} from "../db/directive.repo.ts";
import { checkNumberFree, formatNumber, nextNumber } from "../domain/numbering.ts";
import { refuseInput, refuseState } from "../rules/directive-refusal.ts";
import {
  checkDueDates,
  checkHasTasks,
  checkIssueDate,
  DIRECTIVE_STATUS_LABELS,
  TARGET_KINDS,
} from "../rules/directive-rules.ts";
import { audit, type Working } from "./support.ts";

export interface IssueInput {
  /** The day the directive is signed: not after today, not after any task's due date. */
  issuedOn: string;
  /** A number already written on a paper original; else the next of the issuer's year (T55). */
  number: number | null;
}

export interface Issued {
  number: number;
  /** "109-CV/ĐU", "05/KH-UBND". */
  numberText: string;
  assignments: number;
}

/**
 * Issues a draft: gives it its number for the issuer (unit and body) and year (T55, NĐ 30/2020
 * Art 15: from 01 each year, each number once, under a lock so two issues never share one),
 * expands each task into one assignment per unit that owes it (a named unit, or every unit of a
 * kind under the issuer in force on the issue date), and audits it. The text is then frozen.
 */
export async function issueDirective(
  w: Working,
  directiveId: number,
  input: IssueInput,
): Promise<Issued> {
  const d = await lockDirective(w.tx, directiveId);
  if (!d) throw notFound("Không tìm thấy văn bản chỉ đạo.");
  authorize(w.ctx.actor, "reporting.directive.issue", { unitPath: d.issuer_path });
  if (d.status !== "draft") {
    throw refuseState(
      "not_draft",
      `Văn bản ${DIRECTIVE_STATUS_LABELS[d.status].vi.toLowerCase()}; chỉ ban hành được dự thảo.`,
    );
  }
  checkIssueDate(input.issuedOn, w.today);
  const tasks = await tasksOf(w.tx, d.id);
  checkHasTasks(tasks.length);
  checkDueDates(
    tasks.map((t) => ({ title: t.title, dueOn: t.due_on })),
    input.issuedOn,
  );

  const year = Number(input.issuedOn.slice(0, 4));
  await lockIssuerYear(w.tx, d.issuer_unit_id, d.issuer_body_id, year);
  const issued = await issuedNumbers(w.tx, d.issuer_unit_id, d.issuer_body_id, year);
  const key = { issuer: issuerKey(d.issuer_unit_id, d.issuer_body_id), series: "regular" };
  const number = input.number ?? nextNumber(issued, { ...key, issuedOn: input.issuedOn });
  checkNumberFree(issued, { ...key, number, symbol: d.symbol, issuedOn: input.issuedOn });

  const rows: { task_id: number; directive_id: number; unit_id: number; due_on: string }[] = [];
  for (const [i, t] of tasks.entries()) {
    if (t.target === "unit") {
      rows.push({
        task_id: t.id,
        directive_id: d.id,
        unit_id: t.target_unit_id as number,
        due_on: t.due_on,
      });
      continue;
    }
    const target = TARGET_KINDS[t.target_kind as keyof typeof TARGET_KINDS];
    const units = await unitsOfKindsUnder(w.tx, d.issuer_path, target.kinds, input.issuedOn);
    if (units.length === 0) {
      throw refuseInput(
        "no_units_of_kind",
        `Nhiệm vụ ${t.position} “${t.title}”: ${d.issuer_name} không có đơn vị trực thuộc nào thuộc nhóm “${target.label.vi}”.`,
        `tasks.${i}.kind`,
      );
    }
    for (const u of units) {
      rows.push({ task_id: t.id, directive_id: d.id, unit_id: u.id, due_on: t.due_on });
    }
  }

  await updateDirectiveRow(w.tx, d.id, {
    status: "issued",
    number,
    issued_year: year,
    issued_on: input.issuedOn,
    issued_by: w.ctx.actor.accountId,
  });
  await insertAssignments(w.tx, rows);
  const numberText = formatNumber({ variant: d.variant, number, symbol: d.symbol });
  await audit(w, {
    action: "reporting.directive.issued",
    unitId: d.issuer_unit_id,
    subjectType: "reporting_directive",
    subjectId: d.id,
    summary: {
      number: numberText,
      issuedOn: input.issuedOn,
      tasks: tasks.length,
      assignments: rows.length,
      units: [...new Set(rows.map((r) => r.unit_id))].length,
    },
  });
  return { number, numberText, assignments: rows.length };
}
