// The calendar the inbox tests use: the civil-service calendar with the notices announced up to
// 2026. Tết 2027 therefore sits on its statutory default (Fri 05/02 – Tue 09/02/2027: 30 tháng
// Chạp to mùng 4) whatever notice for 2027 is loaded later, so these tests do not move.

import { ANNOUNCED_CALENDARS, Calendar } from "../../../core/calendar/index.ts";

export const testCalendar = new Calendar({
  audience: "civilService",
  announced: ANNOUNCED_CALENDARS.filter((record) => record.year <= 2026),
});
