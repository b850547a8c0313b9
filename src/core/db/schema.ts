// The database's table types. Each module augments this interface from its own db/tables.ts
// (declaration merging), so core never imports a module and Kysely still checks every query.
// biome-ignore lint/suspicious/noEmptyInterface: augmented by modules
export interface Database {}
