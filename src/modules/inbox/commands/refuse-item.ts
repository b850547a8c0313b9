import { validation } from "../../../core/errors.ts";
import { COMPLAINT_REFUSAL_GROUNDS } from "../domain/acceptance.ts";
import { LAW } from "../domain/cite.ts";
import { addEvent, type Handling, itemFor, refreshClock } from "./support.ts";

export interface RefuseInput {
  /** Complaints: the Art 11 point (1–9). Denunciations: "29.1.a" … "29.1.d", "24.3", "25". */
  ground: string;
  reason: string;
}

const DENUNCIATION_GROUNDS: Record<string, string> = {
  "29.1.a": "tố cáo không thực hiện theo Điều 23 Luật Tố cáo",
  "29.1.b": "người tố cáo không có đủ năng lực hành vi dân sự và không có người đại diện",
  "29.1.d": "không có cơ sở để xác định người vi phạm, hành vi vi phạm pháp luật",
  "24.3": "không thuộc thẩm quyền và đã được gửi đến cơ quan có thẩm quyền",
  "25": "tố cáo nặc danh, mạo danh, không rõ người tố cáo: không xử lý theo Luật Tố cáo",
};

/** The legal ground of a refusal, as the notice cites it; null when the ground does not apply. */
export function refusalGround(track: string, ground: string): string | null {
  if (track === "complaint" || track === "disciplinary_complaint") {
    const g = COMPLAINT_REFUSAL_GROUNDS.find((x) => x.code === ground);
    return g ? `${g.vi} (${g.rule}, ${LAW.kn} Điều 11.${g.code})` : null;
  }
  if (track === "denunciation" || track === "anonymous_tip") {
    const text = DENUNCIATION_GROUNDS[ground];
    return text ? `${text} (T31, ${LAW.tc} Điều ${ground})` : null;
  }
  if (ground === "out_of_scope") return "không thuộc phạm vi giải quyết của đơn vị";
  if (ground === "no_identity")
    return `thiếu họ tên, địa chỉ người gửi (T10, ${LAW.nd20} Điều 9.1.d)`;
  return null;
}

/**
 * Does not accept an item, with the legal ground and the reason written to the submitter:
 * complaints on an Art 11 ground (T16, Mẫu 04), denunciations on Art 29.1 or 24.3 (T31),
 * feedback out of scope or without identity (T10). Stops the clock.
 */
export async function refuseItem(h: Handling, itemId: number, input: RefuseInput) {
  const item = await itemFor(h, itemId, "refuse");
  const cited = refusalGround(item.track, input.ground);
  if (!cited) throw validation("Chọn căn cứ không thụ lý phù hợp với loại đơn.", "ground");
  if (input.reason.trim().length < 10)
    throw validation(
      "Ghi rõ lý do không thụ lý (ít nhất 10 ký tự) để thông báo cho người gửi.",
      "reason",
    );
  await h.tx
    .updateTable("inbox_item")
    .set({ status: "refused", closed_on: h.today })
    .where("id", "=", item.id)
    .execute();
  await refreshClock(h, item.id);
  await addEvent(h, item, {
    type: "refused",
    public: true,
    text: `Không thụ lý: ${cited}. ${input.reason.trim()}`,
    data: { ground: input.ground },
  });
}
