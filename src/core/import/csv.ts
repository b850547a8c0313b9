import { ImportError } from "../errors.ts";

// A small RFC 4180 reader for imported registers: quoted fields may hold the delimiter, doubled
// quotes and line breaks; a UTF-8 BOM and CRLF (as Excel writes them) are accepted.

/** One record with the 1-based line of the file it starts on (what an operator looks up). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** The file cannot be read as the format it claims (not a row-level problem). */
export class FileFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FileFormatError";
  }
}

/** Decodes a CSV file's bytes; a legacy code page (Windows-1258, TCVN3) is refused, not garbled. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new FileFormatError(
      "Tệp không phải văn bản mã UTF-8. Trong Excel, hãy lưu lại với dạng “CSV UTF-8 (Comma delimited)”.",
    );
  }
}

/** Excel in a Vietnamese locale may write `;` between fields: the header line decides. */
export function detectDelimiter(text: string): "," | ";" | "\t" {
  const end = text.search(/[\r\n]/);
  const header = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, "");
  const count = (c: string) => header.split(c).length - 1;
  const best = ([",", ";", "\t"] as const).reduce((a, b) => (count(b) > count(a) ? b : a));
  return count(best) > 0 ? best : ",";
}

export function parseCsv(text: string, delimiter = ","): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false; // inside a quoted field
  let wasQuoted = false; // the current field started with a quote
  let line = 1;
  let recordLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const endRecord = () => {
    fields.push(field);
    // A blank line is not a record.
    if (fields.length > 1 || fields[0] !== "" || wasQuoted)
      records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    wasQuoted = false;
  };

  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = text[i];
        if (next !== undefined && next !== delimiter && next !== "\r" && next !== "\n") {
          throw new ImportError([
            {
              line,
              message: "Sau dấu ngoặc kép đóng một ô phải là dấu phân cách hoặc xuống dòng.",
            },
          ]);
        }
        continue;
      }
      if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) line++;
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === "" && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
      i++;
    } else if (c === delimiter) {
      fields.push(field);
      field = "";
      wasQuoted = false;
      i++;
    } else if (c === "\r" || c === "\n") {
      endRecord();
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) {
    throw new ImportError([
      { line: recordLine, message: "Dấu ngoặc kép mở ở dòng này không được đóng đến hết tệp." },
    ]);
  }
  if (field !== "" || fields.length > 0 || wasQuoted) endRecord();
  return records;
}

/**
 * A header cell folded to snake_case ASCII, so “Mã thôn”, "MA_THON" and "ma thon" all match
 * `ma_thon`.
 */
export function normaliseHeader(cell: string): string {
  return cell
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** Which column holds each field, from the header's names and their aliases. */
export function columnIndex<F extends string>(
  header: readonly string[],
  aliases: Record<F, readonly string[]>,
): Partial<Record<F, number>> {
  const folded = header.map(normaliseHeader);
  const index: Partial<Record<F, number>> = {};
  for (const [field, names] of Object.entries(aliases) as [F, readonly string[]][]) {
    const at = folded.findIndex((h) => names.includes(h));
    if (at >= 0) index[field] = at;
  }
  return index;
}
