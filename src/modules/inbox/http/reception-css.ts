export const RECEPTION_CSS = "";
