import { sql } from "kysely";
import type { Grant, Role } from "../../../core/authz/index.ts";
import type { Executor } from "../../../core/db/database.ts";

const accountColumns = [
  "a.id",
  "a.person_id",
  "a.username",
  "a.password_hash",
  "a.status",
  "p.home_unit_id",
] as const;

/** The account with its person's home unit: the audit chain its events extend. */
export function findAccountByUsername(db: Executor, username: string) {
  return db
    .selectFrom("auth_account as a")
    .innerJoin("people_person as p", "p.id", "a.person_id")
    .select(accountColumns)
    .where(sql<boolean>`lower(a.username) = lower(${username})`)
    .executeTakeFirst();
}

export function findAccountById(db: Executor, id: number) {
  return db
    .selectFrom("auth_account as a")
    .innerJoin("people_person as p", "p.id", "a.person_id")
    .select(accountColumns)
    .where("a.id", "=", id)
    .executeTakeFirst();
}

export function insertSession(db: Executor, idHash: Buffer, accountId: number, expiresAt: Date) {
  return db
    .insertInto("auth_session")
    .values({ id_hash: idHash, account_id: accountId, expires_at: expiresAt })
    .execute();
}

export function deleteSession(db: Executor, idHash: Buffer) {
  return db.deleteFrom("auth_session").where("id_hash", "=", idHash).execute();
}

/** The live session and its account, in one query. */
export function findSession(db: Executor, idHash: Buffer) {
  return db
    .selectFrom("auth_session as s")
    .innerJoin("auth_account as a", "a.id", "s.account_id")
    .innerJoin("people_person as p", "p.id", "a.person_id")
    .select([
      "s.account_id",
      "s.last_seen_at",
      "a.person_id",
      "a.must_change_password",
      "p.full_name",
    ])
    .where("s.id_hash", "=", idHash)
    .where("s.expires_at", ">", sql<Date>`now()`)
    .where("a.status", "=", "active")
    .executeTakeFirst();
}

export function touchSession(db: Executor, idHash: Buffer, expiresAt: Date) {
  return db
    .updateTable("auth_session")
    .set({ last_seen_at: sql`now()`, expires_at: expiresAt })
    .where("id_hash", "=", idHash)
    .execute();
}

/**
 * Every role the person holds today: from positions in bodies, direct grants, household
 * membership (resident of the village) and workforce affiliation (worker or staff). The person
 * and account are values or, in a lateral join, the outer row's columns.
 */
const grantRows = (personId: unknown, accountId: unknown) => sql<{
  unit_id: number;
  path: string;
  role: Role;
}>`
    select u.id as unit_id, u.path::text as path, p.role
      from org_position p join org_unit u on u.id = p.unit_id
     where p.person_id = ${personId} and p.term_start <= current_date
       and (p.term_end is null or p.term_end > current_date)
    union all
    select coalesce(u.id, 0), coalesce(u.path::text, ''), g.role
      from auth_grant g left join org_unit u on u.id = g.unit_id
     where g.account_id = ${accountId}
    union all
    select u.id, u.path::text, 'resident'
      from people_household_member m join org_unit u on u.id = m.unit_id
     where m.person_id = ${personId} and m.valid_to is null
    union all
    select u.id, u.path::text, a.kind
      from people_affiliation a join org_unit u on u.id = a.unit_id
     where a.person_id = ${personId} and a.valid_to is null`;

const toGrant = (r: { unit_id: number; path: string; role: Role }): Grant => ({
  unitId: r.unit_id,
  path: r.path,
  role: r.role,
});

/** The roles of `grantRows`, as policies read them. */
export async function loadGrants(
  db: Executor,
  accountId: number,
  personId: number,
): Promise<Grant[]> {
  const rows = await grantRows(personId, accountId).execute(db);
  return rows.rows.map(toGrant);
}

export interface TokenHolder {
  tokenHash: Buffer;
  tokenId: number;
  accountId: number;
  personId: number;
  lastUsedAt: Date | null;
  grants: Grant[];
}

/** Live tokens among `hashes` with their holders' grants, in one statement (a batch of calls). */
export async function findTokensWithGrants(db: Executor, hashes: Buffer[]): Promise<TokenHolder[]> {
  const rows = await sql<{
    token_hash: Buffer;
    id: number;
    account_id: number;
    person_id: number;
    last_used_at: Date | null;
    grants: { unit_id: number; path: string; role: Role }[];
  }>`
    select t.token_hash, t.id, t.account_id, a.person_id, t.last_used_at, g.grants
      from auth_api_token t
      join auth_account a on a.id = t.account_id
      join people_person p on p.id = a.person_id
      cross join lateral (
        select coalesce(json_agg(x), '[]'::json) as grants
          from (${grantRows(sql`a.person_id`, sql`a.id`)}) x) g
     where t.token_hash = any(${hashes}::bytea[]) and t.revoked_at is null
       and a.status = 'active'`.execute(db);
  return rows.rows.map((r) => ({
    tokenHash: r.token_hash,
    tokenId: r.id,
    accountId: r.account_id,
    personId: r.person_id,
    lastUsedAt: r.last_used_at,
    grants: r.grants.map(toGrant),
  }));
}

/** Marks tokens as used now, many at once. */
export async function touchTokens(db: Executor, ids: number[]) {
  await sql`update auth_api_token set last_used_at = now() where id = any(${ids}::integer[])`.execute(
    db,
  );
}

/**
 * The accounts holding one of `roles` over the unit at `unitPath` (on it or on a unit above it,
 * by a position or a direct grant), with their names: whom a case can be assigned to.
 */
export async function accountsOver(
  db: Executor,
  unitPath: string,
  roles: readonly Role[],
): Promise<{ accountId: number; name: string; role: Role }[]> {
  const rows = await sql<{ account_id: number; name: string; role: Role }>`
    select distinct on (a.id) a.id as account_id, pp.full_name as name, x.role
      from (
        select p.person_id, null::integer as account_id, p.role, u.path
          from org_position p join org_unit u on u.id = p.unit_id
         where p.term_start <= current_date and (p.term_end is null or p.term_end > current_date)
        union all
        select null, g.account_id, g.role, u.path
          from auth_grant g join org_unit u on u.id = g.unit_id
      ) x
      join auth_account a on a.id = x.account_id or a.person_id = x.person_id
      join people_person pp on pp.id = a.person_id
     where a.status = 'active' and x.role = any(${roles as Role[]}::text[])
       and ${unitPath}::ltree <@ x.path
     order by a.id, x.role`.execute(db);
  return rows.rows.map((r) => ({ accountId: r.account_id, name: r.name, role: r.role }));
}
