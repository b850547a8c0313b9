// S (staff) and W (workers) of an agency or enterprise on a date: the thresholds of Chapters
// III–IV of Law 10/2022 are computed from them (law.md §7 notation). The named list kept on the
// platform is authoritative when it exists; otherwise the last declared count in force.

export interface DeclaredCount {
  effective_from: string;
  staff_count: number;
  worker_count: number;
}

export function workforceOn(
  date: string,
  listed: { staff: number; worker: number },
  declared: readonly DeclaredCount[],
): { staff: number; worker: number; source: "list" | "declared" | "none" } {
  if (listed.staff + listed.worker > 0) return { ...listed, source: "list" };
  const inForce = declared
    .filter((d) => d.effective_from <= date)
    .sort((a, b) => (a.effective_from < b.effective_from ? 1 : -1))[0];
  if (!inForce) return { staff: 0, worker: 0, source: "none" };
  return { staff: inForce.staff_count, worker: inForce.worker_count, source: "declared" };
}
