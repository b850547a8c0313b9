import type { Calendar } from "../../../core/calendar/index.ts";
import { publicationDeadline } from "../domain/publish-deadline.ts";
import type { Category } from "../domain/types.ts";

/** The publishing deadline stored with an item (R5, R75, R83); null where the law sets none. */
export function publishDue(
  calendar: Calendar,
  category: Category,
  basisDate: string,
): string | null {
  return publicationDeadline(calendar, category.deadline, basisDate)?.due ?? null;
}
