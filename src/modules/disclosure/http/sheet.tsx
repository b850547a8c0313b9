// What the printable plan and register pages share: table rows as the document generators build
// them, and file downloads.
import type { Context } from "hono";
import type { TableRowData } from "../../../core/documents/index.ts";
import type { AppEnv } from "../../../core/http/env.ts";

export const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** An attachment with an ASCII file name (Vietnamese without diacritics, as officials name files). */
export function download(c: Context<AppEnv>, body: Buffer, type: string, fileName: string) {
  return c.body(new Uint8Array(body), 200, {
    "Content-Type": type,
    "Content-Disposition": `attachment; filename="${fileName}"`,
    "Cache-Control": "private, no-store",
  });
}

/** A cell's text with its "\n" as line breaks. */
export function Lines(p: { text: string }) {
  const lines = p.text.split("\n");
  return (
    <>
      {lines.map((line, i) => (
        <>
          {i > 0 ? <br /> : null}
          {line}
        </>
      ))}
    </>
  );
}

/** Rows of a document table: cells, or a group heading across every column. */
export function SheetCells(p: { rows: readonly TableRowData[]; columns: number }) {
  return (
    <>
      {p.rows.map((r) =>
        "span" in r ? (
          <tr class="sheet-group">
            <th scope="colgroup" colspan={p.columns}>
              {r.span}
            </th>
          </tr>
        ) : (
          <tr>
            {r.map((cell) => (
              <td>
                <Lines text={cell} />
              </td>
            ))}
          </tr>
        ),
      )}
    </>
  );
}
