// The household register (sổ hộ) of a village: each household has exactly one representative
// (chủ hộ / người đại diện hộ), who votes for it (Law 10/2022 Art 15–22: one vote per household).

export interface MemberDraft {
  isRepresentative: boolean;
}

export function representativeProblem(members: readonly MemberDraft[]): string | null {
  if (members.length === 0) return "Hộ phải có ít nhất một thành viên.";
  const reps = members.filter((m) => m.isRepresentative).length;
  if (reps === 0) return "Hộ phải có đúng một người đại diện (chủ hộ).";
  if (reps > 1) return "Mỗi hộ chỉ có một người đại diện (chủ hộ); đang chọn nhiều hơn một người.";
  return null;
}

/** Is a record with [validFrom, validTo) in force on `date`? (validTo is exclusive.) */
export function inForce(validFrom: string, validTo: string | null, date: string): boolean {
  return validFrom <= date && (validTo === null || validTo > date);
}
