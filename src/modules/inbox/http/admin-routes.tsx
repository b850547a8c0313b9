import type { Context, Hono } from "hono";
import { can } from "../../../core/authz/index.ts";
import { AppError, notFound, validation } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { readForm } from "../../../core/http/forms.ts";
import { isValidIsoDate } from "../../../core/validation.ts";
import { loadUnitForAdmin } from "../../org/index.ts";
import { acceptItem } from "../commands/accept-item.ts";
import { addNote } from "../commands/add-note.ts";
import { answerItem } from "../commands/answer-item.ts";
import { assignItem } from "../commands/assign-item.ts";
import { classifyItem } from "../commands/classify-item.ts";
import { closeItem } from "../commands/close-item.ts";
import { grantIdentity } from "../commands/grant-identity.ts";
import { mergeItem } from "../commands/merge-item.ts";
import { recordDialogue } from "../commands/record-dialogue.ts";
import { refuseItem } from "../commands/refuse-item.ts";
import { routeToMediation } from "../commands/route-to-mediation.ts";
import type { Handling } from "../commands/support.ts";
import { extendItem, resumeItem, suspendItem } from "../commands/suspend-item.ts";
import { transferItem } from "../commands/transfer-item.ts";
import { viewIdentity } from "../commands/view-identity.ts";
import { withdrawItem } from "../commands/withdraw-item.ts";
import { findItem, findItemByCode } from "../db/inbox.repo.ts";
import { COMPLEXITY_CRITERIA } from "../domain/clocks.ts";
import type { Kind } from "../domain/kinds.ts";
import { itemPage } from "./admin-item.tsx";
import { calendar, dataKeyOf, runHandling, today } from "./run.ts";

// The item page's routes: read it, and one POST per step. Each step parses its form, runs its
// command through `runHandling` (refusals audited) and goes back to the page, or re-renders it
// with the refusal on the form (400 for input, 409 for a state, 403 for a right).

type Form = Record<string, string>;

const on = (f: Form, k: string) => f[k] === "on" || f[k] === "true";
const criteria = (f: Form) =>
  COMPLEXITY_CRITERIA.map((c) => c.code).filter((k) => on(f, `criteria_${k}`));
function date(f: Form, k: string, label: string): string {
  const v = (f[k] ?? "").trim();
  if (!isValidIsoDate(v)) throw validation(`${label} không hợp lệ.`, k);
  return v;
}

/** "Tên", "Tên vắng", "Tên vắng có lý do", "Tên không ký: lý do", one per line (Mẫu 14). */
function participants(text: string) {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const refused = line.match(/^(.*?)\s+không ký:\s*(.+)$/i);
      if (refused)
        return {
          name: refused[1] as string,
          present: true,
          signed: false,
          refusalReason: refused[2] as string,
        };
      const absent = line.match(/^(.*?)\s+vắng(\s+có lý do|\s+không có lý do)?$/i);
      if (absent)
        return {
          name: absent[1] as string,
          present: false,
          reasonGiven: absent[2]
            ? /có lý do/i.test(absent[2]) && !/không/i.test(absent[2])
            : undefined,
        };
      return { name: line, present: true, signed: true };
    });
}

const STEPS: Record<string, (h: Handling, id: number, f: Form, key: Buffer) => Promise<unknown>> = {
  "phan-loai": (h, id, f) =>
    classifyItem(h, id, {
      kind: f.kind as Kind,
      aboutRegulation: on(f, "aboutRegulation"),
      disciplinary: on(f, "disciplinary"),
      instance: f.instance === "second" ? "second" : "first",
      complex: criteria(f).length > 0,
      remoteArea: on(f, "remoteArea"),
      criteria: criteria(f),
      publish: on(f, "publish"),
    }),
  "thu-ly": (h, id, f) =>
    acceptItem(h, id, {
      acceptedOn: date(f, "acceptedOn", "Ngày thụ lý"),
      complaint: {
        internalOrNormative: on(f, "ground_1"),
        notDirectlyConcerned: on(f, "ground_2"),
        lacksCapacityWithoutRepresentative: on(f, "ground_3"),
        unlawfulRepresentative: on(f, "ground_4"),
        secondInstanceDecisionExists: on(f, "ground_7"),
        courtSeized: on(f, "ground_9"),
      },
    }),
  "khong-thu-ly": (h, id, f) =>
    refuseItem(h, id, { ground: f.ground ?? "", reason: f.reason ?? "" }),
  chuyen: (h, id, f) =>
    (f.unitCode ?? "").trim()
      ? transferItem(h, id, { to: "unit", unitCode: f.unitCode ?? "", reason: f.reason ?? "" })
      : transferItem(h, id, {
          to: "outside",
          recipient: f.recipient ?? "",
          reason: f.reason ?? "",
        }),
  gop: async (h, id, f) => {
    // The duplicate's tracking code, or its number as shown in the address of its page.
    const ref = (f.into ?? "").trim();
    const into = /^[0-9]{1,9}$/.test(ref) ? { id: Number(ref) } : await findItemByCode(h.tx, ref);
    if (!into) throw validation("Không có vụ việc mang mã này.", "into");
    try {
      return await mergeItem(h, id, into.id);
    } catch (err) {
      if (err instanceof AppError && err.field === "intoId") throw validation(err.message, "into");
      throw err;
    }
  },
  giao: (h, id, f) => assignItem(h, id, f.accountId ? Number(f.accountId) : null),
  "ghi-chu": (h, id, f) => addNote(h, id, f.text ?? "", on(f, "public")),
  "doi-thoai": (h, id, f) =>
    recordDialogue(h, id, {
      heldOn: date(f, "heldOn", "Ngày đối thoại"),
      noticeOn: f.noticeOn ? date(f, "noticeOn", "Ngày gửi thông báo") : null,
      place: f.place ?? "",
      opinions: f.opinions ?? "",
      result: f.result ?? "",
      copies: Number(f.copies) || 0,
      participants: participants(f.participants ?? ""),
    }),
  "tam-dinh-chi": (h, id, f) =>
    suspendItem(h, id, { on: date(f, "on", "Ngày quyết định"), reason: f.reason ?? "" }),
  "tiep-tuc": (h, id, f) => resumeItem(h, id, { on: date(f, "on", "Ngày quyết định") }),
  "gia-han": (h, id, f) =>
    extendItem(h, id, {
      decidedOn: date(f, "decidedOn", "Ngày gia hạn"),
      notified: on(f, "notified"),
      criteria: criteria(f),
    }),
  "tra-loi": (h, id, f, key) => {
    const contents: Record<string, string> = {};
    for (const [k, v] of Object.entries(f))
      if (k.startsWith("c_") && v.trim()) contents[k.slice(2)] = v.trim();
    return answerItem(h, key, id, {
      answer: f.answer ?? "",
      answeredOn: date(f, "answeredOn", "Ngày trả lời"),
      document:
        f.number !== undefined
          ? {
              number: f.number,
              signer: f.signer ?? "",
              contents,
              compensation: on(f, "compensation"),
            }
          : null,
    });
  },
  "rut-don": (h, id, f) =>
    withdrawItem(h, id, {
      withdrawnOn: date(f, "withdrawnOn", "Ngày rút"),
      form: f.form === "minutes" ? "minutes" : "petition",
      signed: on(f, "signed"),
      signsOfViolation: on(f, "signsOfViolation"),
    }),
  "ket-thuc": (h, id) => closeItem(h, id),
  "hoa-giai": (h, id, f) =>
    routeToMediation(h, id, {
      betweenResidents: on(f, "betweenResidents"),
      publicInterest: on(f, "publicInterest"),
      notMediable: on(f, "notMediable"),
      sanctionable: on(f, "sanctionable"),
      mediator: f.mediator ?? "",
      assignedOn: date(f, "assignedOn", "Ngày phân công"),
    }),
  "cho-xem": (h, id, f) =>
    grantIdentity(h, id, {
      accountId: Number(f.accountId),
      reason: f.reason ?? "",
      revoke: on(f, "revoke"),
    }),
};

/** The item at `/quan-tri/:code/phan-anh/:id`, under the unit that handles it now (404 otherwise). */
export async function loadItemForAdmin(c: Context<AppEnv>, deps: AppDeps) {
  const loaded = await loadUnitForAdmin(
    deps.db,
    c.get("ctx"),
    c.req.param("code") ?? "",
    "inbox.item.read",
  );
  const item = await findItem(deps.db, Number(c.req.param("id")));
  // An item is read under the unit that handles it now (a transferred one moves).
  if (!item || item.unit_id !== loaded.unit.id)
    throw notFound("Không tìm thấy vụ việc ở đơn vị này.");
  return { loaded, item };
}

/** A handler of a non-confidential item sees who sent it (logged); a denouncer only on request. */
async function openIdentityFor(
  c: Context<AppEnv>,
  deps: AppDeps,
  item: { id: number; confidential: boolean; anonymous: boolean; unit_path: string },
) {
  if (item.confidential || item.anonymous) return null;
  if (!can(c.get("ctx").actor, "inbox.item.handle", { unitPath: item.unit_path })) return null;
  return viewIdentity(
    deps.db,
    { ctx: c.get("ctx"), calendar, today: today() },
    dataKeyOf(c),
    item.id,
  );
}

export function inboxAdminItemRoutes(app: Hono<AppEnv>, deps: AppDeps) {
  const path = "/quan-tri/:code/phan-anh/:id{[0-9]+}";

  app.get(path, async (c) => {
    const { loaded, item } = await loadItemForAdmin(c, deps);
    return itemPage(c, deps, loaded, item, {
      identity: await openIdentityFor(c, deps, item),
      recorded: c.req.query("moi") === "1",
    });
  });

  app.post(`${path}/nguoi-gui`, async (c) => {
    const { loaded, item } = await loadItemForAdmin(c, deps);
    try {
      const identity = await viewIdentity(
        deps.db,
        { ctx: c.get("ctx"), calendar, today: today() },
        dataKeyOf(c),
        item.id,
      );
      return itemPage(c, deps, loaded, item, { identity });
    } catch (err) {
      if (err instanceof AppError && err.code === "forbidden")
        return itemPage(c, deps, loaded, item, { identityRefused: err.message }, 403);
      throw err;
    }
  });

  app.get(`${path}/tep/:fileId{[0-9]+}`, async (c) => {
    const { item } = await loadItemForAdmin(c, deps);
    const file = await deps.db
      .selectFrom("inbox_attachment")
      .select(["file_name", "mime", "storage_key"])
      .where("id", "=", Number(c.req.param("fileId")))
      .where("item_id", "=", item.id)
      .executeTakeFirst();
    if (!file) throw notFound("Không tìm thấy tệp.");
    const bytes = await deps.storage.get(file.storage_key);
    c.header("Content-Type", file.mime);
    c.header(
      "Content-Disposition",
      `attachment; filename*=UTF-8''${encodeURIComponent(file.file_name)}`,
    );
    c.header("Cache-Control", "private, no-store");
    return c.body(new Uint8Array(bytes));
  });

  for (const [step, run] of Object.entries(STEPS)) {
    app.post(`${path}/${step}`, async (c) => {
      const { loaded, item } = await loadItemForAdmin(c, deps);
      const form = await readForm(c);
      try {
        await runHandling(
          c,
          { action: `inbox.item.${step}`, unitId: item.unit_id, itemId: item.id },
          (h) => run(h, item.id, form, dataKeyOf(c)),
        );
      } catch (err) {
        if (err instanceof AppError && ["validation", "conflict", "forbidden"].includes(err.code)) {
          const fields = (err.details?.fields as Record<string, string> | undefined) ?? {};
          // A refusal naming one field marks that field; else it stands for the whole form.
          const errors =
            Object.keys(fields).length === 0 && err.field
              ? { [err.field]: err.message }
              : { ...fields, _form: err.message };
          const status = err.code === "validation" ? 400 : err.code === "conflict" ? 409 : 403;
          const fresh = (await findItem(deps.db, item.id)) ?? item;
          return itemPage(
            c,
            deps,
            loaded,
            fresh,
            { values: form, errors, form: step, identity: null },
            status,
          );
        }
        throw err;
      }
      const after = await findItem(deps.db, item.id);
      // A transferred item now lives under another unit: go back to the list.
      if (!after || after.unit_id !== loaded.unit.id)
        return c.redirect(`/quan-tri/${loaded.unit.code}/phan-anh`, 303);
      return c.redirect(`/quan-tri/${loaded.unit.code}/phan-anh/${item.id}`, 303);
    });
  }
}
