export const INBOX_PUBLIC_CSS = "";
