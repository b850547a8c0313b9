import { randomBytes } from "node:crypto";
import { authorize } from "../../../core/authz/index.ts";
import type { Db } from "../../../core/db/database.ts";
import { validation } from "../../../core/errors.ts";
import { seal } from "../../../core/security/sealed.ts";
import { attachmentMime, attachmentProblem } from "../../../core/storage/attachment-type.ts";
import type { FileStorage } from "../../../core/storage/file-storage.ts";
import { logDataAccess } from "../../people/index.ts";
import { feedbackTargetDays } from "../db/inbox.repo.ts";
import type { ItemDetails, SealedIdentity } from "../db/tables.ts";
import { itemClock } from "../domain/item-clock.ts";
import {
  type Channel,
  type IntakeFields,
  intakeProblems,
  isAnonymous,
  type Kind,
  trackOf,
} from "../domain/kinds.ts";
import { addEvent, attempt, type Handling, refuseUnless } from "./support.ts";

/** The unit an item is sent to, as pages and the API resolve it. */
export interface TargetUnit {
  id: number;
  code: string;
  kind: string;
  path: string;
  parentId: number | null;
}

export interface UploadedFile {
  fileName: string;
  bytes: Uint8Array;
}

export interface SubmitInput extends IntakeFields {
  kind: Kind;
  title: string;
  content: string;
  place?: string | null;
  lat?: number | null;
  lng?: number | null;
  instance?: "first" | "second" | null;
  /** The submitter agrees that the item and its answer are published without personal data. */
  publish?: boolean;
  /** The day a paper or desk item was received; web and API items are received today. */
  receivedOn?: string | null;
  /** The reception register entry or meeting it came from (desk, voter meeting). */
  source?: string | null;
  files?: UploadedFile[];
}

export interface Submitted {
  id: number;
  code: string;
  track: string;
  dueOn: string | null;
  dueRule: string | null;
}

const HANDLING_KINDS = [
  "commune",
  "ward",
  "special_zone",
  "province",
  "central_city",
  "state_agency",
  "public_service_unit",
  "state_enterprise",
  "enterprise",
];
const VILLAGE_KINDS = ["village", "residential_group"];
const IN_PERSON: readonly Channel[] = ["desk", "voter_meeting", "post", "phone", "email"];
const CODE_PREFIX: Record<Kind, string> = {
  phan_anh: "PA",
  kien_nghi: "KG",
  khieu_nai: "KN",
  to_cao: "TC",
  danh_gia: "DG",
};
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A tracking code the submitter keeps: kind, year and month, 8 random characters (40 bits). */
export function trackingCode(kind: Kind, receivedOn: string): string {
  const bytes = randomBytes(8);
  let tail = "";
  for (const b of bytes) tail += ALPHABET[b % 32];
  return `${CODE_PREFIX[kind]}-${receivedOn.slice(2, 4)}${receivedOn.slice(5, 7)}-${tail}`;
}

const blank = (s: string | null | undefined) => !s || s.trim() === "";
const clean = (s: string | null | undefined) => (blank(s) ? null : (s as string).trim());

/**
 * Receives an item (Luật 10/2022 Art 34; NĐ 20/2008 Art 9; Luật KN Art 8; Luật TC Art 23–25):
 * on the web or by API from anyone, or at the desk and from voter-contact meetings by an official
 * on a citizen's behalf. An item sent to a village goes to its commune, with the village kept.
 * Checks the law's required fields per kind, seals the identity, starts the clock and gives the
 * submitter a tracking code. A refused submission is audited (`attempt`).
 */
export function submitItem(
  db: Db,
  h: Omit<Handling, "tx">,
  storage: FileStorage,
  unit: TargetUnit,
  dataKey: Buffer,
  input: SubmitInput,
): Promise<Submitted> {
  return attempt(db, h.ctx, { action: "inbox.item.submit", unitId: unit.id }, (tx) =>
    receiveItem({ ...h, tx }, storage, unit, dataKey, input),
  );
}

/** The same inside the caller's transaction (demo data, imports): no separate refusal audit. */
export async function receiveItem(
  h: Handling,
  storage: FileStorage,
  unit: TargetUnit,
  dataKey: Buffer,
  input: SubmitInput,
): Promise<Submitted> {
  const tx = h.tx;
  const recorded = IN_PERSON.includes(input.channel);
  if (recorded) authorize(h.ctx.actor, "inbox.item.record", { unitPath: unit.path });
  let handlingUnitId = unit.id;
  let villageId: number | null = null;
  if (VILLAGE_KINDS.includes(unit.kind)) {
    if (unit.parentId === null) throw validation("Thôn, tổ dân phố chưa thuộc xã nào.", "unit");
    handlingUnitId = unit.parentId;
    villageId = unit.id;
  } else if (!HANDLING_KINDS.includes(unit.kind)) {
    throw validation("Đơn vị này không tiếp nhận phản ánh, kiến nghị, khiếu nại, tố cáo.", "unit");
  }
  if (input.kind === "danh_gia") {
    throw validation(
      "Đánh giá sự hài lòng được gửi ở trang đánh giá của đơn vị, không phải ở đây.",
      "kind",
    );
  }
  if (blank(input.content)) throw validation("Chưa nhập nội dung.", "content");
  if (blank(input.title)) throw validation("Chưa nhập tiêu đề (tóm tắt nội dung).", "title");
  if (input.title.trim().length > 200) throw validation("Tiêu đề dài tối đa 200 ký tự.", "title");
  if (input.content.length > 20000)
    throw validation("Nội dung dài tối đa 20.000 ký tự.", "content");
  if ((input.lat == null) !== (input.lng == null))
    throw validation("Vị trí trên bản đồ cần cả vĩ độ và kinh độ.", "lat");
  const receivedOn = recorded && input.receivedOn ? input.receivedOn : h.today;
  if (receivedOn > h.today)
    throw validation("Ngày tiếp nhận không được sau hôm nay.", "receivedOn");
  const files = input.files ?? [];
  for (const f of files) {
    const problem = attachmentProblem(f.bytes, f.fileName);
    if (problem) throw validation(`${f.fileName}: ${problem}`, "files");
  }
  if (files.length > 10) throw validation("Gửi tối đa 10 tệp đính kèm.", "files");

  const fields: IntakeFields = {
    ...input,
    transcribed: input.transcribed ?? recorded,
    signed: input.signed ?? true,
    firstDecisionAttached:
      input.firstDecisionAttached ?? (input.firstDecisionIssued && files.length > 0),
  };
  refuseUnless(intakeProblems(input.kind, fields), "content");
  const track = trackOf(input.kind, fields);
  const anonymous = isAnonymous(input.kind, fields);
  const identity: SealedIdentity | null = anonymous
    ? null
    : {
        name: clean(input.name),
        address: clean(input.address),
        contact: clean(input.contact),
        representative: clean(input.representative),
        others: (input.others ?? []).map((o) => ({
          name: clean(o.name),
          address: clean(o.address),
          contact: clean(o.contact),
        })),
      };
  const details: ItemDetails = {
    submittedOn: clean(input.submittedOn),
    reasons: clean(input.reasons),
    request: clean(input.request),
    respondent: clean(input.respondent),
    respondentAddress: clean(input.respondentAddress),
    accused: clean(input.accused),
    aboutRegulation: input.aboutRegulation ?? false,
    disciplinary: input.disciplinary ?? false,
    firstDecisionIssued: input.firstDecisionIssued ?? false,
    source: clean(input.source),
    coSigners: input.others?.length ?? 0,
  };
  const confidential = track === "denunciation" || input.kind === "to_cao";
  const instance =
    track === "complaint" || track === "disciplinary_complaint"
      ? (input.instance ?? "first")
      : null;
  // The clock is known before the row exists: one INSERT instead of an insert and an update.
  const clock = itemClock(h.calendar, {
    track,
    status: "received",
    receivedOn,
    acceptedOn: null,
    instance,
    complex: false,
    remoteArea: false,
    criteria: [],
    extensions: [],
    suspensions: [],
    feedbackTargetDays:
      track === "pakn" || track === "grassroots" ? await feedbackTargetDays(tx, handlingUnitId) : 0,
  });
  const row = await tx
    .insertInto("inbox_item")
    .values({
      code: trackingCode(input.kind, receivedOn),
      unit_id: handlingUnitId,
      received_unit_id: handlingUnitId,
      kind: input.kind,
      track,
      channel: input.channel,
      title: input.title.trim(),
      content: input.content.trim(),
      place: clean(input.place),
      village_id: villageId,
      lat: input.lat ?? null,
      lng: input.lng ?? null,
      anonymous,
      confidential,
      identity_enc: identity ? seal(dataKey, JSON.stringify(identity)) : null,
      submitter_account_id:
        !recorded && h.ctx.actor.kind !== "anonymous" ? h.ctx.actor.accountId : null,
      details: JSON.stringify(details),
      received_on: receivedOn,
      due_on: clock.dueOn,
      due_rule: clock.rule,
      due_what: clock.what,
      instance,
      extensions: "[]",
      suspensions: "[]",
      // Complaints and denunciations are never published as such (T35 publishes conclusions).
      publish: (input.publish ?? false) && (track === "pakn" || track === "grassroots"),
    })
    .returning(["id", "code", "unit_id"])
    .executeTakeFirstOrThrow();
  for (const f of files) {
    const stored = await storage.put(f.bytes);
    await tx
      .insertInto("inbox_attachment")
      .values({
        item_id: row.id,
        unit_id: row.unit_id,
        file_name: f.fileName.slice(0, 200),
        mime: attachmentMime(f.bytes, f.fileName) as string,
        byte_size: f.bytes.length,
        sha256: stored.sha256,
        storage_key: stored.key,
        from_submitter: true,
        uploaded_by: h.ctx.actor.accountId,
      })
      .execute();
  }
  await addEvent({ tx, ctx: h.ctx }, row, {
    type: "received",
    public: true,
    text: anonymous ? "Đã tiếp nhận (ẩn danh)." : "Đã tiếp nhận.",
    data: { kind: input.kind, track, channel: input.channel, receivedOn, files: files.length },
  });
  if (identity) {
    await logDataAccess(tx, h.ctx, {
      operation: "create",
      purpose: `Tiếp nhận ${input.kind === "to_cao" ? "tố cáo" : "đơn"} ${row.code}`,
      unitId: row.unit_id,
      fields: ["name", "address", "contact"],
    });
  }
  return { id: row.id, code: row.code, track, dueOn: clock.dueOn, dueRule: clock.rule };
}
