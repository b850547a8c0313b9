export const INBOX_ADMIN_CSS = "";
