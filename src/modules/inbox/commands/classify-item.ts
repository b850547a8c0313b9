import { validation } from "../../../core/errors.ts";
import { complexityProblems } from "../domain/clocks.ts";
import { KIND_LABELS, type Kind, TRACK_LABELS, trackOf } from "../domain/kinds.ts";
import { addEvent, type Handling, itemFor, refreshClock, refuseUnless } from "./support.ts";

export interface ClassifyInput {
  kind: Kind;
  aboutRegulation: boolean;
  disciplinary: boolean;
  instance: "first" | "second";
  complex: boolean;
  remoteArea: boolean;
  /** NĐ 124 Art 3a / NĐ 31 Art 3.2 criteria found ("a"–"g"). */
  criteria: string[];
  /** For feedback and petitions only: publish it and its answer without personal data. */
  publish: boolean;
}

/**
 * Classifies a received item into its legal kind (what a citizen calls a complaint may be
 * feedback, and the reverse): the track, the instance, complexity and remote area decide the
 * clock (T16–T19, T31, T33). A denunciation stays confidential whatever it becomes; a kind that
 * requires an identity cannot be given to an anonymous item.
 */
export async function classifyItem(h: Handling, itemId: number, input: ClassifyInput) {
  const item = await itemFor(h, itemId, "classify");
  if (input.kind === "danh_gia")
    throw validation("Không phân loại vụ việc thành phiếu đánh giá.", "kind");
  const track = trackOf(input.kind, {
    channel: item.channel,
    anonymous: item.anonymous,
    aboutRegulation: input.aboutRegulation,
    disciplinary: input.disciplinary,
    name: item.anonymous ? null : "có",
    address: item.anonymous ? null : "có",
  });
  if (
    item.anonymous &&
    (track === "complaint" || track === "disciplinary_complaint" || track === "pakn")
  )
    throw validation(
      `${TRACK_LABELS[track].vi} không được gửi ẩn danh: giữ loại phản ánh, kiến nghị.`,
      "kind",
    );
  if (input.complex)
    refuseUnless(
      complexityProblems(track, { criteria: input.criteria, written: true, determinedOn: h.today }),
      "criteria",
    );
  const isComplaint = track === "complaint" || track === "disciplinary_complaint";
  await h.tx
    .updateTable("inbox_item")
    .set({
      kind: input.kind,
      track,
      instance: isComplaint ? input.instance : null,
      complex: input.complex,
      remote_area: input.remoteArea,
      criteria: input.criteria,
      confidential: item.confidential || input.kind === "to_cao",
      publish: input.publish && (track === "pakn" || track === "grassroots") && !item.confidential,
    })
    .where("id", "=", item.id)
    .execute();
  const clock = await refreshClock(h, item.id);
  await addEvent(h, item, {
    type: "classified",
    public: true,
    text: `Phân loại: ${KIND_LABELS[input.kind].vi} — ${TRACK_LABELS[track].vi}.`,
    data: { kind: input.kind, track, complex: input.complex, dueOn: clock.dueOn, rule: clock.rule },
  });
}
