// The 12-digit citizen identity number (số định danh cá nhân / CCCD), Thông tư 59/2021/TT-BCA
// Art 7: 3 digits for the place of birth registration, 1 for century and sex, 2 for the year of
// birth, 6 random. Birth-place codes changed with the 2025 mergers and are not checked against a
// list; the century/sex and year digits are checked against the birth date and sex when known.

export interface CccdContext {
  birthDate?: string | null;
  sex?: "male" | "female" | null;
}

export function normaliseCccd(raw: string): string {
  return raw.replace(/[\s.-]/g, "");
}

export function cccdProblem(raw: string, ctx: CccdContext = {}): string | null {
  const id = normaliseCccd(raw);
  if (!/^\d{12}$/.test(id)) return "Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số.";
  if (id.startsWith("000"))
    return "Ba chữ số đầu của số CCCD (mã nơi đăng ký khai sinh) không hợp lệ.";
  const centurySex = Number(id[3]);
  const yy = id.slice(4, 6);
  if (ctx.birthDate) {
    const year = Number(ctx.birthDate.slice(0, 4));
    const century = Math.floor((year - 1900) / 100); // 0 for 1900–1999, 1 for 2000–2099 …
    if (century < 0 || century > 4) return "Năm sinh nằm ngoài khoảng số CCCD có thể mã hoá.";
    if (Math.floor(centurySex / 2) !== century || yy !== String(year % 100).padStart(2, "0")) {
      return "Số CCCD không khớp với năm sinh (chữ số thứ 4–6 mã hoá thế kỷ và năm sinh).";
    }
  }
  if (ctx.sex) {
    const female = centurySex % 2 === 1;
    if (female !== (ctx.sex === "female"))
      return "Số CCCD không khớp với giới tính (chữ số thứ 4).";
  }
  return null;
}

/** What an official sees without asking to reveal it: the last 3 digits only. */
export const maskCccd = (id: string) => `•••••••••${id.slice(-3)}`;
