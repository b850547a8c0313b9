import pg from "pg";

/**
 * A pg client that sends every parameterised statement as a named prepared statement, so that
 * PostgreSQL parses and plans a statement once per connection instead of on every call (kysely
 * sends unnamed statements; planning was 0.3–1.5 ms of the hot paths, bench/README.md).
 *
 * Names are given per SQL text in order of first use and shared by all connections of the
 * process; after `MAX_NAMED` distinct texts (queries built with variable `in (…)` lists, say),
 * further texts are sent unnamed, so neither the map nor a backend's statement cache grows without
 * bound. Statements without parameters stay on the simple protocol (migrations send several
 * statements in one text, which a prepared statement cannot hold).
 *
 * After five executions PostgreSQL may keep a generic plan, in which a parameter is no longer a
 * constant: write `f($1)` that must be computed once as a scalar subquery `(select f($1))`, and
 * never put a parameter in the predicate of a partial index an `on conflict` must match.
 */
const MAX_NAMED = 2000;
const names = new Map<string, string>();

function nameFor(text: string): string | undefined {
  const known = names.get(text);
  if (known !== undefined || names.size >= MAX_NAMED) return known;
  const name = `coso_${names.size + 1}`;
  names.set(text, name);
  return name;
}

export class NamedStatementClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query() has a dozen overloads; only (text, values) is rewritten.
  override query(...args: any[]): any {
    const [text, values] = args;
    if (args.length === 2 && typeof text === "string" && Array.isArray(values) && values.length) {
      const name = nameFor(text);
      if (name) return super.query({ name, text, values });
    }
    // biome-ignore lint/suspicious/noExplicitAny: passed through unchanged.
    return (super.query as any)(...args);
  }
}

/** How many SQL texts have been given a name so far (for tests and diagnostics). */
export function namedStatementCount(): number {
  return names.size;
}
