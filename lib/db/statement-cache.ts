// Prepared statements kept for reuse on the SQLite connection. Prisma's better-sqlite3 adapter prepares
// every query afresh (`prepare(sql).bind(args)`), and preparing (parsing and planning the SQL) cost about
// as much as running the small queries a request makes: a tenth of a CreateHIT's server time. The ORM
// writes the same few hundred statements over and over, so each SQL text is prepared once and its
// statement reused. better-sqlite3 binds a statement's parameters for good on `bind`, so what the
// adapter gets back is a light call object that passes the arguments at run time instead.
import type Database from "better-sqlite3";

/** Distinct SQL texts kept; queries with long IN lists vary in text, so the oldest make room. */
const LIMIT = 2_000;

type Statement = Database.Statement<unknown[]>;

/** What the adapter does with a prepared statement: bind once, then run, or read columns and rows. */
class Call {
  private args: unknown[] = [];
  constructor(private readonly stmt: Statement) {}
  get reader(): boolean {
    return this.stmt.reader;
  }
  bind(args: unknown[] = []): this {
    this.args = args;
    return this;
  }
  run() {
    return this.stmt.run(...this.args);
  }
  columns() {
    return this.stmt.columns();
  }
  raw() {
    const { stmt, args } = this;
    return { all: () => stmt.raw(true).all(...args) };
  }
}

/** Replaces the connection's `prepare` with one that reuses statements; `rewrite` may change the SQL first. */
export function cacheStatements(conn: Database.Database, rewrite: (sql: string) => string = (s) => s): void {
  const prepare = conn.prepare.bind(conn) as (sql: string) => Statement;
  const cache = new Map<string, Statement>();
  conn.prepare = ((sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = prepare(rewrite(sql));
      if (cache.size >= LIMIT) cache.delete(cache.keys().next().value!);
      cache.set(sql, stmt);
    }
    return new Call(stmt);
  }) as unknown as typeof conn.prepare;
}
