import { createRoute, type OpenAPIHono, type z } from "@hono/zod-openapi";
import { notFound, validation } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import {
  bearer,
  errorResponses,
  idParam,
  json,
  signedInFirst,
} from "../../../core/http/openapi.ts";
import { acceptItem } from "../commands/accept-item.ts";
import { addNote } from "../commands/add-note.ts";
import { answerItem } from "../commands/answer-item.ts";
import { assignItem } from "../commands/assign-item.ts";
import { classifyItem } from "../commands/classify-item.ts";
import { closeItem } from "../commands/close-item.ts";
import { mergeItem } from "../commands/merge-item.ts";
import { refuseItem } from "../commands/refuse-item.ts";
import type { Handling } from "../commands/support.ts";
import { extendItem, resumeItem, suspendItem } from "../commands/suspend-item.ts";
import { transferItem } from "../commands/transfer-item.ts";
import { withdrawItem } from "../commands/withdraw-item.ts";
import { findItem, findItemByCode } from "../db/inbox.repo.ts";
import {
  ActionBodies,
  type ActionName,
  conflictResponse,
  ItemOut,
  itemOut,
} from "./api-schemas.ts";
import { dataKeyOf, runHandling, today } from "./run.ts";

// One POST per handling step, `/inbox/items/{id}/{action}`: the body is checked by its schema,
// the command runs through `runHandling` (its own transaction; a refusal is audited) and the
// answer is the item afterwards. The law's checks are the commands'; nothing is decided here.

type Body<K extends ActionName> = z.infer<(typeof ActionBodies)[K]>;
type Step<K extends ActionName> = {
  summary: string;
  run: (h: Handling, id: number, body: Body<K>, key: Buffer) => Promise<unknown>;
};

const STEPS: { [K in ActionName]: Step<K> } = {
  classify: {
    summary:
      "Phân loại: phản ánh, kiến nghị, khiếu nại, tố cáo; lần giải quyết, vụ việc phức tạp, vùng khó khăn (T16–T19, T31, T33)",
    run: (h, id, b) =>
      classifyItem(h, id, {
        kind: b.kind,
        aboutRegulation: b.aboutRegulation ?? false,
        disciplinary: b.disciplinary ?? false,
        instance: b.instance ?? "first",
        complex: (b.criteria ?? []).length > 0,
        remoteArea: b.remoteArea ?? false,
        criteria: b.criteria ?? [],
        publish: b.publish ?? false,
      }),
  },
  accept: {
    summary: "Thụ lý (Luật Khiếu nại Điều 11, 27; Luật Tố cáo Điều 29)",
    run: (h, id, b) =>
      acceptItem(h, id, {
        acceptedOn: b.acceptedOn,
        complaint: b.complaint,
        denunciation: b.denunciation && {
          meetsForm: b.denunciation.meetsForm ?? true,
          capacity: b.denunciation.capacity ?? true,
          identifiesViolation: b.denunciation.identifiesViolation ?? true,
        },
      }),
  },
  refuse: {
    summary:
      "Không thụ lý, với căn cứ: khiếu nại Điều 11 (1–9), tố cáo Điều 29.1 (29.1.a…), phản ánh out_of_scope, no_identity",
    run: (h, id, b) => refuseItem(h, id, b),
  },
  transfer: {
    summary:
      "Chuyển đơn đến đơn vị có thẩm quyền trong nền tảng (unitCode) hoặc ghi nhận đã gửi ra ngoài (recipient) (T12, T31)",
    run: (h, id, b) =>
      b.unitCode
        ? transferItem(h, id, { to: "unit", unitCode: b.unitCode, reason: b.reason })
        : transferItem(h, id, { to: "outside", recipient: b.recipient ?? "", reason: b.reason }),
  },
  merge: {
    summary: "Gộp vụ việc trùng vào một vụ việc cùng loại đang giải quyết của đơn vị",
    run: async (h, id, b) => {
      const into = b.intoId ? { id: b.intoId } : await findItemByCode(h.tx, b.intoCode ?? "");
      if (!into) throw validation("Không có vụ việc mang mã theo dõi này.", "intoCode");
      return mergeItem(h, id, into.id);
    },
  },
  assign: {
    summary: "Giao người giải quyết (accountId), hoặc bỏ giao (null)",
    run: (h, id, b) => assignItem(h, id, b.accountId),
  },
  notes: {
    summary: "Ghi chú nội bộ, hoặc thông báo tiến độ cho người gửi (public: true)",
    run: (h, id, b) => addNote(h, id, b.text, b.public ?? false),
  },
  suspend: {
    summary: "Tạm đình chỉ giải quyết khiếu nại (T27) hoặc tố cáo (T34): dừng thời hạn",
    run: (h, id, b) => suspendItem(h, id, { on: b.on, reason: b.reason }),
  },
  resume: {
    summary: "Tiếp tục giải quyết sau tạm đình chỉ: thời hạn còn lại chạy tiếp",
    run: (h, id, b) => resumeItem(h, id, { on: b.on }),
  },
  extend: {
    summary: "Gia hạn giải quyết tố cáo bằng quyết định (T33, Luật Tố cáo Điều 30)",
    run: (h, id, b) =>
      extendItem(h, id, {
        decidedOn: b.decidedOn,
        notified: b.notified,
        criteria: b.criteria ?? [],
      }),
  },
  answer: {
    summary:
      "Trả lời; quyết định giải quyết khiếu nại, kết luận tố cáo với đủ nội dung luật định (T23, T35)",
    run: (h, id, b, key) =>
      answerItem(h, key, id, {
        answer: b.answer,
        answeredOn: b.answeredOn,
        document: b.document ?? null,
      }),
  },
  close: {
    summary: "Kết thúc vụ việc đã trả lời",
    run: (h, id) => closeItem(h, id),
  },
  withdraw: {
    summary:
      "Rút đơn: khiếu nại bằng đơn có chữ ký (T26); tố cáo trước khi kết luận, trừ khi có dấu hiệu vi phạm (T37)",
    run: (h, id, b) =>
      withdrawItem(h, id, {
        withdrawnOn: b.withdrawnOn,
        form: b.form ?? "petition",
        signed: b.signed,
        signsOfViolation: b.signsOfViolation ?? false,
        coerced: b.coerced ?? false,
        by: b.by,
      }),
  },
};

const IdParam = idParam("Mã vụ việc");

function register<K extends ActionName>(api: OpenAPIHono<AppEnv>, deps: AppDeps, action: K) {
  const step = STEPS[action];
  const route = createRoute({
    method: "post",
    path: `/inbox/items/{id}/${action}`,
    summary: step.summary,
    security: bearer,
    middleware: [signedInFirst] as const,
    request: {
      params: IdParam,
      body: {
        content: { "application/json": { schema: ActionBodies[action] } },
        required: true,
      },
    },
    responses: {
      200: json(ItemOut, "Vụ việc sau khi xử lý"),
      ...errorResponses,
      409: conflictResponse("Không thể thực hiện ở trạng thái hiện tại của vụ việc"),
    },
  });
  api.openapi(route, async (c) => {
    // The path is generic in `action`, which hides the validated shapes from the types.
    const { id } = c.req.valid("param" as never) as { id: number };
    const before = await findItem(deps.db, id);
    if (!before) throw notFound("Không tìm thấy vụ việc.");
    const body = c.req.valid("json" as never) as Body<K>;
    await runHandling(
      c,
      { action: `inbox.item.${action}`, unitId: before.unit_id, itemId: id },
      (h) => step.run(h, id, body, dataKeyOf(c)),
    );
    const after = (await findItem(deps.db, id)) ?? before;
    return c.json(itemOut(after, today()), 200);
  });
}

/** The handling steps of the inbox's JSON API. */
export function inboxActionApi(api: OpenAPIHono<AppEnv>, deps: AppDeps) {
  for (const action of Object.keys(STEPS) as ActionName[]) register(api, deps, action);
}
