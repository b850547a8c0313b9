import { z } from "@hono/zod-openapi";
import { isoDate, optionalIsoDate, optionalText, requiredText } from "../../../core/validation.ts";
import type { DraftInput, TaskInput } from "../commands/save-directive-draft.ts";
import {
  DIRECTIVE_KINDS,
  TARGET_KIND_KEYS,
  type TargetKind,
  VARIANTS,
} from "../rules/directive-rules.ts";

// Request schemas shared by the admin forms and the JSON API (STYLE.md §5): the same Vietnamese
// messages either way. The checks beyond shape (symbol form, dates, hierarchy) are the commands'.

const OBJECT = { error: "Nội dung gửi lên phải là một đối tượng JSON." };
const MAX_TASKS = 200;

/** A form's empty field is missing; a number field holds digits. */
const optionalId = (label: string) =>
  z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.coerce
      .number({ error: `${label} phải là số.` })
      .int(`${label} phải là số nguyên.`)
      .positive(`${label} phải dương.`)
      .optional(),
  );

export const TaskBody = z
  .object(
    {
      title: requiredText("Tên nhiệm vụ", 300),
      description: optionalText("Nội dung nhiệm vụ", 10_000),
      dueOn: isoDate("Hạn hoàn thành"),
      target: z.enum(["unit", "kind"], {
        error: "Giao cho phải là unit (một đơn vị) hoặc kind (mọi đơn vị một loại trực thuộc).",
      }),
      unitCode: optionalText("Mã đơn vị nhận nhiệm vụ", 40),
      bodyId: optionalId("Mã tổ chức nhận nhiệm vụ"),
      kind: z.preprocess(
        (v) => (v === "" ? undefined : v),
        z
          .enum(TARGET_KIND_KEYS as [TargetKind, ...TargetKind[]], {
            error: `Loại đơn vị nhận nhiệm vụ phải là một trong: ${TARGET_KIND_KEYS.join(", ")}.`,
          })
          .optional(),
      ),
    },
    OBJECT,
  )
  .superRefine((t, ctx) => {
    if (t.target === "unit" && !t.unitCode)
      ctx.addIssue({
        code: "custom",
        path: ["unitCode"],
        message: "Mã đơn vị nhận nhiệm vụ là bắt buộc.",
      });
    if (t.target === "kind" && !t.kind)
      ctx.addIssue({ code: "custom", path: ["kind"], message: "Chọn loại đơn vị nhận nhiệm vụ." });
  })
  .transform(
    (t): TaskInput =>
      t.target === "unit"
        ? {
            title: t.title,
            description: t.description ?? "",
            dueOn: t.dueOn as string,
            target: "unit",
            unitCode: t.unitCode as string,
            bodyId: t.bodyId ?? null,
          }
        : {
            title: t.title,
            description: t.description ?? "",
            dueOn: t.dueOn as string,
            target: "kind",
            kind: t.kind as TargetKind,
          },
  );

export const DraftBody = z
  .object(
    {
      kind: z.enum(DIRECTIVE_KINDS, {
        error: `Loại văn bản phải là một trong: ${DIRECTIVE_KINDS.join(", ")}.`,
      }),
      variant: z.enum(VARIANTS, {
        error: "Hình thức phải là party (văn bản của Đảng) hoặc state (văn bản nhà nước).",
      }),
      symbol: requiredText("Ký hiệu văn bản", 60).openapi({ example: "CV/ĐU" }),
      issuerBodyId: optionalId("Mã tổ chức ban hành"),
      issuedOn: optionalIsoDate("Ngày ban hành dự kiến"),
      title: requiredText("Trích yếu", 300),
      body: optionalText("Nội dung", 50_000),
      tasks: z
        .array(TaskBody, { error: "tasks phải là danh sách nhiệm vụ." })
        .max(MAX_TASKS, `Tối đa ${MAX_TASKS} nhiệm vụ.`)
        .optional(),
    },
    OBJECT,
  )
  .transform(
    (d): DraftInput => ({
      kind: d.kind,
      variant: d.variant,
      symbol: d.symbol,
      issuerBodyId: d.issuerBodyId ?? null,
      issuedOn: d.issuedOn,
      title: d.title,
      body: d.body ?? "",
      tasks: d.tasks ?? [],
    }),
  );

export const IssueBody = z.object(
  {
    issuedOn: isoDate("Ngày ban hành"),
    number: optionalId("Số văn bản").openapi({
      description: "Số đã ghi trên bản giấy; để trống để cấp số tiếp theo của năm (T55)",
    }),
  },
  OBJECT,
);

export const WithdrawBody = z.object({ reason: requiredText("Lý do thu hồi", 2000) }, OBJECT);

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Files by API: base64, at most 10 (PDF, JPEG, PNG or DOCX, each at most 20 MB). */
const FilesBody = z
  .array(
    z.object(
      {
        fileName: requiredText("Tên tệp", 200),
        contentBase64: z
          .string({ error: "Nội dung tệp (base64) là bắt buộc." })
          .min(1, "Nội dung tệp (base64) là bắt buộc.")
          .regex(BASE64, "Nội dung tệp phải được mã hoá base64."),
      },
      OBJECT,
    ),
    { error: "files phải là danh sách tệp." },
  )
  .max(10, "Gửi tối đa 10 tệp minh chứng.")
  .optional()
  .openapi({ description: "Minh chứng: PDF, JPEG, PNG hoặc DOCX, mỗi tệp tối đa 20 MB" });

const percent = z.preprocess(
  (v) => (v === "" || v === null ? undefined : v),
  z.coerce
    .number({ error: "Tỷ lệ hoàn thành phải là số." })
    .int("Tỷ lệ hoàn thành phải là số nguyên.")
    .min(0, "Tỷ lệ hoàn thành từ 0 đến 100.")
    .max(100, "Tỷ lệ hoàn thành từ 0 đến 100.")
    .optional(),
);

/** A progress report: the form's fields (files come as multipart), or JSON with base64 files. */
export const ProgressForm = z.object(
  { text: requiredText("Nội dung báo cáo tiến độ", 10_000), percent },
  OBJECT,
);
export const ProgressBody = ProgressForm.extend({ files: FilesBody });

export const DoneForm = z.object({ note: optionalText("Báo cáo hoàn thành", 10_000) }, OBJECT);
export const DoneBody = DoneForm.extend({ files: FilesBody });

/** Decodes API files; an empty one is refused by name. */
export function decodeFiles(files: { fileName: string; contentBase64: string }[] | undefined) {
  return (files ?? []).map((f) => ({
    name: f.fileName,
    bytes: new Uint8Array(Buffer.from(f.contentBase64, "base64")),
  }));
}

/**
 * The draft form's flat fields ("tasks.0.title"…) as the object DraftBody reads; rows left blank
 * (the spare rows the form offers) are dropped and the rest renumbered, and `values` holds the
 * fields under those numbers, so a refused form shows each field error on its own row.
 */
export function draftFromForm(form: Record<string, string>) {
  const rows = new Map<number, Record<string, string>>();
  const data: Record<string, unknown> = {};
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(form)) {
    const m = /^tasks\.(\d{1,3})\.(\w+)$/.exec(k);
    if (!m) {
      if (k !== "_csrf") {
        data[k] = v;
        values[k] = v;
      }
      continue;
    }
    const row = rows.get(Number(m[1])) ?? {};
    row[m[2] as string] = v;
    rows.set(Number(m[1]), row);
  }
  const kept = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, r]) => r)
    .filter((r) => [r.title, r.dueOn, r.unitCode, r.description].some((v) => (v ?? "").trim()));
  kept.forEach((r, i) => {
    for (const [k, v] of Object.entries(r)) values[`tasks.${i}.${k}`] = v;
  });
  data.tasks = kept;
  return { data, values };
}
