/** Member rows a household form offers without JavaScript. */
export const MEMBER_ROWS = 8;

/**
 * Turns the flat form fields `members.N.field` plus the `rep` radio into the nested shape the
 * schema validates; rows left entirely blank are dropped.
 */
export function householdFromForm(form: Record<string, string>) {
  const members: Record<string, unknown>[] = [];
  for (let i = 0; i < MEMBER_ROWS; i++) {
    const get = (f: string) => (form[`members.${i}.${f}`] ?? "").trim();
    const row = {
      fullName: get("fullName"),
      birthDate: get("birthDate"),
      sex: get("sex"),
      idNumber: get("idNumber"),
      relation: get("relation"),
    };
    if (Object.values(row).every((v) => v === "")) continue;
    members.push({ ...row, isRepresentative: form.rep === String(i) });
  }
  return {
    code: form.code ?? "",
    address: form.address ?? "",
    validFrom: form.validFrom ?? "",
    members,
  };
}
