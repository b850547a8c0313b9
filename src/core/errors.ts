// Typed errors thrown by commands and queries; one error handler maps them to a status code and
// to a Vietnamese page or a JSON body `{error:{code,message,field}}`.

export type ErrorCode =
  | "validation"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "rate_limited"
  | "csrf"
  | "payload_too_large";

const statusOf: Record<ErrorCode, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  csrf: 403,
  payload_too_large: 413,
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
    this.status = statusOf[code];
  }
}

export const validation = (message: string, field?: string, details?: Record<string, unknown>) =>
  new AppError("validation", message, field, details);
export const notFound = (message = "Không tìm thấy nội dung yêu cầu.") =>
  new AppError("not_found", message);
export const forbidden = (message = "Bạn không có quyền thực hiện thao tác này.") =>
  new AppError("forbidden", message);
export const conflict = (message: string, field?: string) =>
  new AppError("conflict", message, field);
export const unauthenticated = (message = "Bạn cần đăng nhập để tiếp tục.") =>
  new AppError("unauthenticated", message);

/** A row-level problem in an imported file: the line number is what an operator needs. */
export interface RowError {
  line: number;
  message: string;
  /** Where a row of a JSON file sits (e.g. `[3].Wards[12]`), when a line number says little. */
  at?: string;
}

export class ImportError extends AppError {
  constructor(readonly rows: RowError[]) {
    const lines = new Set(rows.map((r) => r.at ?? r.line)).size;
    super("validation", `Tệp có ${lines} dòng lỗi (${rows.length} lỗi); không dòng nào được nhập.`);
    this.name = "ImportError";
  }
}
