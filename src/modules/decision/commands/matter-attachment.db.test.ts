import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db, Tx } from "../../../core/db/database.ts";
import { MAX_ATTACHMENT_BYTES } from "../../../core/storage/attachment-type.ts";
import { DiskStorage, type FileStorage } from "../../../core/storage/file-storage.ts";
import { useTestDatabase } from "../../../core/testing/test-db.ts";
import type { UnitRow } from "../../org/index.ts";
import { makeCommuneTree } from "../../org/testing/factories.ts";
import { matterAttachments } from "../db/attachment.repo.ts";
import { matterInput, officialOf, residentOf, villageHead } from "../testing/factories.ts";
import { addMatterAttachment } from "./add-matter-attachment.ts";
import { openMatter } from "./open-matter.ts";

// The documents of a matter (NĐ 59/2023 Art 3.4): who may attach them, which files, and none
// once the decision is final.

let db: Db;
let village: UnitRow;
let otherCommune: UnitRow;
let storage: FileStorage & { puts: number };
const tx = <T>(f: (t: Tx) => Promise<T>) => db.transaction().execute(f);
const PDF = new TextEncoder().encode("%PDF-1.7\n% tờ trình dự toán\n%%EOF\n");

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  const tree = await makeCommuneTree(db, 1);
  village = tree.villages[0]!;
  otherCommune = (await makeCommuneTree(db, 1)).commune;
  const disk = new DiskStorage(await mkdtemp(join(tmpdir(), "coso-decision-files-")));
  storage = {
    puts: 0,
    put(bytes) {
      storage.puts++;
      return disk.put(bytes);
    },
    get: (key) => disk.get(key),
  };
});

const newMatter = (title: string) =>
  tx((t) => openMatter(t, villageHead(village), village, matterInput({ title })));

async function auditOf(id: number) {
  return db
    .selectFrom("audit_event")
    .select(["action", "unit_id"])
    .where("subject_type", "=", "decision_attachment")
    .where("subject_id", "=", String(id))
    .execute();
}

describe("attaching documents to a matter (NĐ 59/2023 Điều 3.4)", () => {
  it("the village head attaches a PDF: stored by its SHA-256, listed, audited", async () => {
    const matterId = await newMatter("Làm đường bê tông — tờ trình");
    const id = await tx((t) =>
      addMatterAttachment(t, villageHead(village), storage, matterId, {
        name: "to-trinh/du-toan.pdf",
        bytes: PDF,
      }),
    );
    const [row] = await matterAttachments(db, matterId);
    expect(row).toMatchObject({
      id,
      file_name: "to-trinh_du-toan.pdf",
      mime: "application/pdf",
      byte_size: PDF.length,
    });
    expect(new Uint8Array(await storage.get(row!.storage_key))).toEqual(PDF);
    const stored = await db
      .selectFrom("decision_attachment")
      .select(["unit_id", "uploaded_by"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ unit_id: village.id, uploaded_by: 900 });
    expect(await auditOf(id)).toEqual([
      { action: "decision.attachment.added", unit_id: village.id },
    ]);
  });

  it("refuses a wrong type or a file over 20 MB before storing anything", async () => {
    const matterId = await newMatter("Làm đường — tệp sai");
    const before = storage.puts;
    await expect(
      tx((t) =>
        addMatterAttachment(t, villageHead(village), storage, matterId, {
          name: "virus.exe",
          bytes: new TextEncoder().encode("MZ executable"),
        }),
      ),
    ).rejects.toMatchObject({
      code: "validation",
      field: "file",
      message: "Chỉ nhận tệp PDF, ảnh JPEG, PNG hoặc tài liệu Word (.docx).",
    });
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(PDF);
    await expect(
      tx((t) =>
        addMatterAttachment(t, villageHead(village), storage, matterId, {
          name: "lon.pdf",
          bytes: big,
        }),
      ),
    ).rejects.toMatchObject({ code: "validation", message: "Tệp đính kèm tối đa 20 MB." });
    expect(storage.puts).toBe(before);
    expect(await matterAttachments(db, matterId)).toEqual([]);
  });

  it("a resident or another commune's official may not attach (decision.matter.manage)", async () => {
    const matterId = await newMatter("Làm đường — quyền");
    for (const ctx of [residentOf(village, 1), officialOf(otherCommune, 905)]) {
      await expect(
        tx((t) => addMatterAttachment(t, ctx, storage, matterId, { name: "a.pdf", bytes: PDF })),
      ).rejects.toMatchObject({ code: "forbidden" });
    }
    await expect(
      tx((t) =>
        addMatterAttachment(t, villageHead(village), storage, 999_999, {
          name: "a.pdf",
          bytes: PDF,
        }),
      ),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await matterAttachments(db, matterId)).toEqual([]);
  });

  it("refuses once the matter is finalised", async () => {
    const matterId = await newMatter("Làm đường — đã hoàn tất");
    await db
      .updateTable("decision_matter")
      .set({ status: "finalised" })
      .where("id", "=", matterId)
      .execute();
    await expect(
      tx((t) =>
        addMatterAttachment(t, villageHead(village), storage, matterId, {
          name: "muon.pdf",
          bytes: PDF,
        }),
      ),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await matterAttachments(db, matterId)).toEqual([]);
  });
});
