// Official documents for every module: Word files in the layout of NĐ 30/2020/NĐ-CP (law2.md §8,
// T53–T58, state and Party variants), Excel tables, and the readers tests use to open what was written. See README.md.

export type { WordParagraph } from "./docx-inspect.ts";
export {
  documentXml,
  paragraph,
  testHeader,
  wordParagraphs,
  wordTables,
} from "./docx-inspect.ts";
export type { Block, MinutesHeader, SignatureBox, TableRowData } from "./docx-official.ts";
export {
  basisLines,
  columnWidths,
  endMark,
  FONT,
  issuerLines,
  minutesDocx,
  mm,
  officialDocx,
  PAGE,
  SIGN_HINT,
  TEXT_WIDTH,
} from "./docx-official.ts";
export type { IssuerHeader, OfficialHeader, Signer, SignerPrefix } from "./official-header.ts";
export {
  authorityLine,
  deriveSymbol,
  numberLine,
  PARTY_NAME,
  parseIsoDate,
  placeDateLine,
  QUOC_HIEU,
  recipientLines,
  roman,
  shortDate,
  TIEU_NGU,
} from "./official-header.ts";
export { readZip, zipText } from "./read-zip.ts";
export { boldWidth, wrappedWidth } from "./text-width.ts";
export type { XlsxRow, XlsxTable, XlsxValue } from "./xlsx-table.ts";
export { tableXlsx, xlsxDate } from "./xlsx-table.ts";
