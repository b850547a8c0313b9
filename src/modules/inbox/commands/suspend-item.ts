import { validation } from "../../../core/errors.ts";
import { vnDate } from "../domain/cite.ts";
import { suspensionNoticeDeadline } from "../domain/clocks.ts";
import { addEvent, type Handling, itemFor, refreshClock, refuseUnless } from "./support.ts";

/**
 * Suspends the resolution of a complaint (T27, from 01/07/2026) or a denunciation (T34) by a
 * decision: the clock stops with the days used kept; the parties must get the decision within
 * WD3 / WD5.
 */
export async function suspendItem(
  h: Handling,
  itemId: number,
  input: { on: string; reason: string },
) {
  const item = await itemFor(h, itemId, "suspend");
  if (input.reason.trim().length < 10)
    throw validation("Ghi rõ căn cứ tạm đình chỉ (ít nhất 10 ký tự).", "reason");
  if (input.on > h.today) throw validation("Ngày tạm đình chỉ không được sau hôm nay.", "on");
  if (item.accepted_on && input.on < item.accepted_on)
    throw validation("Ngày tạm đình chỉ không được trước ngày thụ lý.", "on");
  const suspensions = [...item.suspensions, { from: input.on, until: null }];
  await h.tx
    .updateTable("inbox_item")
    .set({ status: "suspended", suspensions: JSON.stringify(suspensions) })
    .where("id", "=", item.id)
    .execute();
  const clock = await refreshClock(h, item.id);
  const notice = suspensionNoticeDeadline(h.calendar, item.track, input.on);
  await addEvent(h, item, {
    type: "suspended",
    public: true,
    text: `Tạm đình chỉ giải quyết từ ngày ${vnDate(input.on)}. ${input.reason.trim()}${notice ? ` Quyết định gửi các bên chậm nhất ngày ${vnDate(notice.due)} (${notice.rule}).` : ""}`,
    data: { on: input.on, noticeDue: notice?.due ?? null, explanation: clock.explanation },
  });
}

/** Resumes a suspended case (quyết định tiếp tục giải quyết): the remaining days run again. */
export async function resumeItem(h: Handling, itemId: number, input: { on: string }) {
  const item = await itemFor(h, itemId, "resume");
  const open = item.suspensions.at(-1);
  if (!open || open.until !== null)
    throw validation("Không có quyết định tạm đình chỉ đang hiệu lực.", "on");
  if (input.on < open.from)
    throw validation("Ngày tiếp tục không được trước ngày tạm đình chỉ.", "on");
  if (input.on > h.today) throw validation("Ngày tiếp tục không được sau hôm nay.", "on");
  const suspensions = [...item.suspensions.slice(0, -1), { from: open.from, until: input.on }];
  await h.tx
    .updateTable("inbox_item")
    .set({ status: "accepted", suspensions: JSON.stringify(suspensions) })
    .where("id", "=", item.id)
    .execute();
  const clock = await refreshClock(h, item.id);
  await addEvent(h, item, {
    type: "resumed",
    public: true,
    text: `Tiếp tục giải quyết từ ngày ${vnDate(input.on)}${clock.dueOn ? `; hạn mới: ${vnDate(clock.dueOn)}` : ""}.`,
    data: { on: input.on, dueOn: clock.dueOn },
  });
}

/**
 * Extends a denunciation's resolution by a written decision (T33, Luật TC Art 30): once for a
 * complex case, twice for an especially complex one, each notified to the parties.
 */
export async function extendItem(
  h: Handling,
  itemId: number,
  input: { decidedOn: string; notified: boolean; criteria: string[] },
) {
  const item = await itemFor(h, itemId, "extend");
  if (input.decidedOn > h.today)
    throw validation("Ngày gia hạn không được sau hôm nay.", "decidedOn");
  const criteria = [...new Set([...item.criteria, ...input.criteria])];
  const extensions = [
    ...item.extensions,
    { decidedOn: input.decidedOn, written: true, notified: input.notified },
  ];
  const before = item.due_on;
  await h.tx
    .updateTable("inbox_item")
    .set({ criteria, complex: criteria.length > 0, extensions: JSON.stringify(extensions) })
    .where("id", "=", item.id)
    .execute();
  const clock = await refreshClock(h, item.id);
  if (clock.dueOn === before) {
    // The rules did not count it (not complex, too many, after the deadline): say why.
    const { resolutionDeadline } = await import("../domain/clocks.ts");
    const r = resolutionDeadline(h.calendar, {
      track: item.track,
      acceptedOn: item.accepted_on ?? item.received_on,
      criteria,
      extensions,
      suspensions: item.suspensions,
    });
    refuseUnless(r?.findings ?? [], "decidedOn");
    throw validation("Gia hạn không làm thay đổi thời hạn giải quyết.", "decidedOn");
  }
  await addEvent(h, item, {
    type: "extended",
    public: true,
    text: `Gia hạn giải quyết tố cáo theo quyết định ngày ${vnDate(input.decidedOn)}; hạn mới: ${clock.dueOn ? vnDate(clock.dueOn) : "—"}.`,
    data: { decidedOn: input.decidedOn, dueOn: clock.dueOn, criteria },
  });
}
