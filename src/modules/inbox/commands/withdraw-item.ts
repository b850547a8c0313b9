import { validation } from "../../../core/errors.ts";
import { complaintWithdrawal, denunciationWithdrawal } from "../domain/acceptance.ts";
import { vnDate } from "../domain/cite.ts";
import { addEvent, type Handling, itemFor, refreshClock, refuseUnless } from "./support.ts";

export interface WithdrawInput {
  withdrawnOn: string;
  /** The written, signed petition (đơn rút) or signed minutes. */
  form: "petition" | "minutes";
  signed: boolean;
  /** Denunciations: the case goes on when the act shows signs of a violation, or coercion. */
  signsOfViolation?: boolean;
  coerced?: boolean;
  /** Who withdraws, when the submitter is not the only complainant. */
  by?: string | null;
}

/**
 * Withdrawal by the submitter: a complaint ends by a written signed withdrawal (T26, Luật KN Art
 * 10); a denunciation by a petition or minutes before its conclusion, unless the act shows signs
 * of a violation or the withdrawal was coerced, when it goes on (T37, Luật TC Art 33). Feedback
 * and petitions are simply withdrawn.
 */
export async function withdrawItem(h: Handling, itemId: number, input: WithdrawInput) {
  const item = await itemFor(h, itemId, "withdraw");
  if (input.withdrawnOn > h.today)
    throw validation("Ngày rút đơn không được sau hôm nay.", "withdrawnOn");
  if (input.withdrawnOn < item.received_on)
    throw validation("Ngày rút đơn không được trước ngày tiếp nhận.", "withdrawnOn");
  let goesOn = false;
  if (item.track === "complaint" || item.track === "disciplinary_complaint") {
    const r = complaintWithdrawal({
      withdrawnOn: input.withdrawnOn,
      written: true,
      signed: input.signed,
      complainants: ["người khiếu nại"],
      withdrawing: ["người khiếu nại"],
    });
    refuseUnless(r.outcome === "invalid" ? r.findings : [], "signed");
  } else if (item.track === "denunciation") {
    const r = denunciationWithdrawal({
      withdrawnOn: input.withdrawnOn,
      form: input.form,
      minutesSigned: input.signed,
      petition: {
        date: input.withdrawnOn,
        name: "x",
        address: "x",
        contact: "x",
        content: "x",
        signed: input.signed,
      },
      scope: "all",
      denouncers: ["người tố cáo"],
      withdrawing: ["người tố cáo"],
      signsOfViolation: input.signsOfViolation,
      coerced: input.coerced,
    });
    refuseUnless(r.outcome === "invalid" ? r.findings : [], "signed");
    goesOn = r.outcome === "continue";
  }
  if (goesOn) {
    await addEvent(h, item, {
      type: "withdrawal_refused",
      public: true,
      text: `Người tố cáo rút tố cáo ngày ${vnDate(input.withdrawnOn)}; vụ việc vẫn tiếp tục được giải quyết theo Luật Tố cáo 2018 Điều 33.3 (T37).`,
      data: { withdrawnOn: input.withdrawnOn },
    });
    return { ended: false };
  }
  await h.tx
    .updateTable("inbox_item")
    .set({ status: "withdrawn", closed_on: input.withdrawnOn })
    .where("id", "=", item.id)
    .execute();
  await refreshClock(h, item.id);
  await addEvent(h, item, {
    type: "withdrawn",
    public: true,
    text: `Người gửi đã rút đơn ngày ${vnDate(input.withdrawnOn)}; đình chỉ giải quyết.`,
    data: { withdrawnOn: input.withdrawnOn, form: input.form },
  });
  return { ended: true };
}
