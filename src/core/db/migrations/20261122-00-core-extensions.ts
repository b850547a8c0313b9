import { type Kysely, sql } from "kysely";
import type { NamedMigration } from "../migrator.ts";

// unaccent: diacritic-insensitive search ("dan chu" finds "dân chủ"); pg_trgm: fuzzy name search;
// ltree: "everything under X" as one indexed query. All three are contrib, on PostgreSQL 15–18.
export const coreExtensions: NamedMigration = {
  name: "20261122-00-core-extensions",
  async up(db: Kysely<unknown>) {
    await sql`create extension if not exists unaccent`.execute(db);
    await sql`create extension if not exists pg_trgm`.execute(db);
    await sql`create extension if not exists ltree`.execute(db);
    // unaccent() is STABLE; an IMMUTABLE wrapper with a fixed dictionary can back an index.
    await sql`
      create or replace function coso_fold(text) returns text
      language sql immutable parallel safe strict
      as $$ select lower(public.unaccent('public.unaccent'::regdictionary, replace(replace($1, 'đ', 'd'), 'Đ', 'D'))) $$
    `.execute(db);
    // Fixed-window counters for rate limits shared by every server process.
    await sql`
      create table core_rate_limit (
        key text not null,
        window_start timestamptz not null,
        hits integer not null,
        primary key (key, window_start)
      )`.execute(db);
  },
};
