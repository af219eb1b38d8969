import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { cacheStatements } from "./statement-cache";

// The calls Prisma's better-sqlite3 adapter makes: prepare(sql).bind(args), then run() or columns() + raw().all().
type AdapterCall = { reader: boolean; bind(args: unknown[]): AdapterCall; run(): { changes: number }; columns(): { name: string }[]; raw(): { all(): unknown[][] } };

function connection(file = ":memory:") {
  const conn = new Database(file);
  let prepared = 0;
  const prepare = conn.prepare.bind(conn);
  conn.prepare = ((sql: string) => {
    prepared++;
    return prepare(sql);
  }) as typeof conn.prepare;
  cacheStatements(conn, (sql) => (sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql));
  const call = (sql: string, args: unknown[] = []) => (conn.prepare(sql) as unknown as AdapterCall).bind(args);
  return { conn, call, prepared: () => prepared };
}

describe("the SQLite statement cache", () => {
  it("prepares each SQL text once and runs it with each call's own arguments", () => {
    const { call, prepared } = connection();
    call("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)").run();
    for (const [id, name] of [[1, "a"], [2, "b"], [3, "c"]] as const) expect(call("INSERT INTO t (id, name) VALUES (?, ?)", [id, name]).run().changes).toBe(1);
    const select = (id: number) => call("SELECT id, name FROM t WHERE id >= ? ORDER BY id", [id]);
    expect(select(2).reader).toBe(true);
    expect(select(2).columns().map((c) => c.name)).toEqual(["id", "name"]);
    expect(select(2).raw().all()).toEqual([[2, "b"], [3, "c"]]);
    expect(select(3).raw().all()).toEqual([[3, "c"]]);
    expect(prepared()).toBe(3);
  });

  it("applies the rewrite (BEGIN becomes BEGIN IMMEDIATE) and a failed run leaves the statement usable", () => {
    const file = join(mkdtempSync(join(tmpdir(), "piecework-statements-")), "t.db");
    const { call } = connection(file);
    call("CREATE TABLE t (id INTEGER PRIMARY KEY)").run();
    call("BEGIN").run();
    // An immediate transaction holds the write lock from its start, so a second writer is refused at once
    // (a deferred BEGIN would take no lock until its first write).
    const other = new Database(file, { timeout: 0 });
    expect(() => other.prepare("BEGIN IMMEDIATE").run()).toThrow(/locked|busy/i);
    call("COMMIT").run();
    other.prepare("BEGIN IMMEDIATE").run();
    other.prepare("COMMIT").run();
    other.close();
    call("INSERT INTO t (id) VALUES (?)", [1]).run();
    expect(() => call("INSERT INTO t (id) VALUES (?)", [1]).run()).toThrow(/UNIQUE/);
    expect(call("INSERT INTO t (id) VALUES (?)", [2]).run().changes).toBe(1);
    expect(call("SELECT count(*) FROM t").raw().all()).toEqual([[2]]);
  });

  it("keeps a bounded number of statements, dropping the oldest", () => {
    const { call, prepared } = connection();
    for (let i = 0; i < 2_100; i++) call(`SELECT ${i}`).raw().all();
    const before = prepared();
    call("SELECT 2099").raw().all();
    expect(prepared()).toBe(before);
    call("SELECT 0").raw().all();
    expect(prepared()).toBe(before + 1);
  });
});
