import type { Context, Hono } from "hono";
import { conflict, notFound, validation } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { pick } from "../../../core/i18n/lang.ts";
import { isValidIsoDate } from "../../../core/validation.ts";
import { type LoadedUnit, loadUnit, loadUnitForAdmin } from "../../org/index.ts";
import { documentsOf, eventsOf, findItem, type ItemRow } from "../db/inbox.repo.ts";
import {
  complaintDecisionDocx,
  denunciationConclusionDocx,
  type Issuer,
  type NoticeKind,
  noticeDocx,
} from "../documents/item-docx.ts";
import { registerXlsx } from "../documents/register-xlsx.ts";
import type { DocumentKind } from "../domain/decision-contents.ts";
import { KIND_LABELS } from "../domain/kinds.ts";
import { STATUS_LABELS } from "../domain/workflow.ts";
import { loadItemForAdmin } from "./admin-routes.tsx";
import { today } from "./run.ts";

// Downloads of the inbox's official documents (T53–T57): an issued decision or conclusion, the
// notices of each step, the public version of a denunciation conclusion, and the unit's register.
// Officials' files are private (no-store); nothing here carries a submitter's identity.

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function send(
  c: Context<AppEnv>,
  bytes: Buffer,
  type: string,
  name: string,
  cache = "private, no-store",
) {
  c.header("Content-Type", type);
  c.header("Content-Disposition", `attachment; filename="${name}"`);
  c.header("Cache-Control", cache);
  return c.body(new Uint8Array(bytes));
}

const issuerOf = (loaded: LoadedUnit): Issuer => ({
  unitName: loaded.unit.name,
  parentName: loaded.chain.length > 1 ? (loaded.chain.at(-2)?.name ?? null) : null,
  place: loaded.unit.name.replace(/^(Xã|Phường|Đặc khu|Thị trấn)\s+/i, ""),
});

const factsOf = (item: ItemRow) => ({
  code: item.code,
  kindLabel: KIND_LABELS[item.kind].vi,
  title: item.title,
  content: item.content,
  receivedOn: item.received_on,
});

const STEP_EVENT: Record<NoticeKind, string> = {
  "thu-ly": "accepted",
  "khong-thu-ly": "refused",
  "chuyen-don": "transferred",
  "tra-loi": "answered",
};

export function inboxDocumentRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  app.get("/quan-tri/:code/phan-anh/so-theo-doi.xlsx", async (c) => {
    const loaded = await loadUnitForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code"),
      "inbox.item.read",
    );
    const year = today().slice(0, 4);
    const from = c.req.query("tu") ?? `${year}-01-01`;
    const to = c.req.query("den") ?? today();
    if (!isValidIsoDate(from) || !isValidIsoDate(to) || to < from)
      throw validation("Khoảng ngày không hợp lệ (tu, den: năm-tháng-ngày).", "tu");
    const rows = await deps.db
      .selectFrom("inbox_item")
      .select([
        "code",
        "received_on",
        "channel",
        "kind",
        "title",
        "status",
        "due_on",
        "due_rule",
        "answered_on",
        "answered_late",
      ])
      .where("unit_id", "=", loaded.unit.id)
      .where("received_on", ">=", from)
      .where("received_on", "<=", to)
      .orderBy("received_on")
      .orderBy("id")
      .limit(50_000)
      .execute();
    const bytes = await registerXlsx(
      loaded.unit.name,
      from,
      to,
      rows.map((r) => ({
        code: r.code,
        receivedOn: r.received_on,
        channel: r.channel,
        kind: KIND_LABELS[r.kind].vi,
        title: r.title,
        status: pick("vi", STATUS_LABELS[r.status] ?? { vi: r.status, en: r.status }),
        dueOn: r.due_on,
        dueRule: r.due_rule,
        answeredOn: r.answered_on,
        late: r.answered_late,
      })),
    );
    return send(c, bytes, XLSX, `so-theo-doi-${loaded.unit.code}-${from}-${to}.xlsx`);
  });

  app.get("/quan-tri/:code/phan-anh/:id{[0-9]+}/van-ban/:doc{[0-9]+\\.docx}", async (c) => {
    const { loaded, item } = await loadItemForAdmin(c, deps);
    const docId = Number(c.req.param("doc").replace(/\.docx$/, ""));
    const doc = (await documentsOf(deps.db, item.id)).find((d) => d.id === docId);
    if (!doc || doc.kind === "dialogue_minutes") throw notFound("Không tìm thấy văn bản.");
    const data = {
      number: doc.number ?? "",
      issuedOn: doc.issued_on,
      signer: doc.signer ?? "",
      fields: doc.fields,
    };
    const bytes =
      doc.kind === "denunciation_conclusion"
        ? await denunciationConclusionDocx(issuerOf(loaded), factsOf(item), data, false)
        : await complaintDecisionDocx(issuerOf(loaded), factsOf(item), {
            ...data,
            kind: doc.kind as DocumentKind,
          });
    return send(c, bytes, DOCX, `${item.code}-${doc.kind}.docx`);
  });

  app.get("/quan-tri/:code/phan-anh/:id{[0-9]+}/thong-bao/:notice{[a-z-]+\\.docx}", async (c) => {
    const { loaded, item } = await loadItemForAdmin(c, deps);
    const kind = c.req.param("notice").replace(/\.docx$/, "") as NoticeKind;
    const type = STEP_EVENT[kind];
    if (!type) throw notFound("Không có loại thông báo này.");
    const event = (await eventsOf(deps.db, item.id, true)).filter((e) => e.type === type).at(-1);
    if (!event) throw conflict("Vụ việc chưa có bước này nên chưa có thông báo.");
    const on = new Date(event.at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
    const data = event.data as { answeredOn?: string };
    const bytes = await noticeDocx(issuerOf(loaded), factsOf(item), {
      kind,
      on: data.answeredOn ?? on,
      text: event.text,
      answer: item.answer,
      recipient: kind === "chuyen-don" ? item.transferred_to : null,
    });
    return send(c, bytes, DOCX, `${item.code}-${kind}.docx`);
  });

  // The published version of a denunciation conclusion (Luật TC Art 40), for anyone.
  app.get("/u/:code/phan-anh/:id{[0-9]+}/ket-luan.docx", async (c) => {
    const loaded = await loadUnit(deps.db, c.req.param("code"));
    const item = await findItem(deps.db, Number(c.req.param("id")));
    if (!item || item.unit_id !== loaded.unit.id || item.track !== "denunciation") throw notFound();
    const doc = (await documentsOf(deps.db, item.id)).find(
      (d) => d.kind === "denunciation_conclusion",
    );
    if (!doc) throw notFound("Chưa có kết luận nội dung tố cáo.");
    const bytes = await denunciationConclusionDocx(
      issuerOf(loaded),
      { ...factsOf(item), code: "" },
      {
        number: doc.number ?? "",
        issuedOn: doc.issued_on,
        signer: doc.signer ?? "",
        fields: doc.fields,
      },
      true,
    );
    return send(c, bytes, DOCX, `ket-luan-to-cao-${doc.issued_on}.docx`, "public, max-age=300");
  });
}
