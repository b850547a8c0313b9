// Server-side SVG bar charts for reports and league tables (issue #6 §7): no script, no external
// font, readable when printed in black and white (values written at the end of each bar).

export interface Bar {
  label: string;
  /** Whole number ≥ 0 (points, a count, or per mille for a share). */
  value: number;
  /** Printed at the end of the bar; defaults to the value. */
  text?: string;
}

const escapeXml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

/**
 * Horizontal bars, one row per item, scaled to `max` (or the largest value). Labels longer than
 * 40 characters are cut with "…". Refuses negative or fractional values.
 */
export function barChartSvg(title: string, bars: readonly Bar[], max?: number): string {
  for (const b of bars) {
    if (!Number.isInteger(b.value) || b.value < 0) {
      throw new RangeError(`Giá trị của "${b.label}" phải là số nguyên không âm.`);
    }
  }
  const top = Math.max(max ?? 0, ...bars.map((b) => b.value), 1);
  const row = 24;
  const labelWidth = 260;
  const barWidth = 320;
  const height = 40 + bars.length * row;
  const rows = bars.map((b, i) => {
    const y = 32 + i * row;
    const w = Math.round((b.value * barWidth) / top);
    const label = b.label.length > 40 ? `${b.label.slice(0, 39)}…` : b.label;
    return [
      `<text x="0" y="${y + 15}" font-size="12">${escapeXml(label)}</text>`,
      `<rect x="${labelWidth}" y="${y + 3}" width="${w}" height="16" fill="#1f5f8b"/>`,
      `<text x="${labelWidth + w + 6}" y="${y + 15}" font-size="12">${escapeXml(b.text ?? String(b.value))}</text>`,
    ].join("");
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${labelWidth + barWidth + 80} ${height}" role="img" aria-label="${escapeXml(title)}" font-family="Times New Roman, serif">`,
    `<title>${escapeXml(title)}</title>`,
    `<text x="0" y="18" font-size="14" font-weight="bold">${escapeXml(title)}</text>`,
    ...rows,
    "</svg>",
  ].join("");
}
