// Estimated width of bold Times text, to size the short rules NĐ 30 draws under the issuer, the
// Tiêu ngữ and the abstract (Annex I: "1/3 to 1/2 of the text", "as long as the text"). Advance
// widths are the Adobe Times-Bold metrics (1/1000 em), which Times New Roman Bold matches closely;
// Vietnamese letters take the width of their base letter.

// biome-ignore format: a metrics table reads best packed
const BOLD: Record<string, number> = {
  " ": 250, "-": 333, ",": 250, ".": 250, ":": 333, ";": 333, "/": 278, "(": 333, ")": 333,
  a: 500, b: 556, c: 444, d: 556, e: 444, f: 333, g: 500, h: 556, i: 278, j: 333, k: 556,
  l: 278, m: 833, n: 556, o: 500, p: 556, q: 556, r: 444, s: 389, t: 333, u: 556, v: 500,
  w: 722, x: 500, y: 500, z: 444,
  A: 722, B: 667, C: 722, D: 722, E: 667, F: 611, G: 778, H: 778, I: 389, J: 500, K: 778,
  L: 667, M: 944, N: 722, O: 778, P: 611, Q: 778, R: 722, S: 556, T: 667, U: 722, V: 722,
  W: 1000, X: 722, Y: 722, Z: 667,
};

const baseLetters = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");

/** Width in twips of `text` set in bold Times at `pt` points (digits and others: 500). */
export function boldWidth(text: string, pt: number): number {
  let units = 0;
  for (const ch of baseLetters(text)) units += BOLD[ch] ?? 500;
  return Math.ceil((units * pt * 20) / 1000);
}

/** Width in twips of the widest line once `text` is word-wrapped into `maxWidth` twips. */
export function wrappedWidth(text: string, pt: number, maxWidth: number): number {
  let widest = 0;
  for (const line of text.split("\n")) {
    let current = "";
    for (const word of line.trim().split(/\s+/)) {
      const next = current ? `${current} ${word}` : word;
      if (current && boldWidth(next, pt) > maxWidth) {
        widest = Math.max(widest, boldWidth(current, pt));
        current = word;
      } else current = next;
    }
    widest = Math.max(widest, boldWidth(current, pt));
  }
  return Math.min(widest, maxWidth);
}
