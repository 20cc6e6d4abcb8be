// Widens a column's `CHECK (col IN (...))` by SQLite's table rebuild procedure, starting from the
// table's schema AS STORED: whatever columns, indexes and triggers earlier migrations added (in
// whatever order they landed) are carried over unchanged, with every row copied as it is.
import type Database from 'better-sqlite3';

export function widenCheckedValues(db: Database.Database, table: string, column: string, added: readonly string[]): void {
  const created = db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table) as { sql: string } | undefined;
  if (!created) throw new Error(`no table ${table} to widen`);
  const check = new RegExp(`CHECK\\s*\\(\\s*${column}\\s+IN\\s*\\(([^)]*)\\)\\s*\\)`);
  const match = created.sql.match(check);
  if (!match) throw new Error(`table ${table} has no CHECK (${column} IN (...)) to widen`);
  const values = match[1]!.split(',').map((v) => v.trim());
  const widened = [...values, ...added.map((v) => `'${v}'`).filter((v) => !values.includes(v))];
  const temporary = `${table}_widened`;
  const createSql = created.sql
    .replace(match[0], `CHECK (${column} IN (${widened.join(', ')}))`)
    .replace(new RegExp(`^CREATE TABLE\\s+("?)${table}\\1`), `CREATE TABLE ${temporary}`);
  if (!createSql.startsWith(`CREATE TABLE ${temporary}`)) throw new Error(`cannot rewrite the schema of ${table}`);
  // Indexes and triggers go with the dropped table; their stored SQL recreates them as they were.
  const dependents = db
    .prepare(`SELECT sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = ? AND sql IS NOT NULL`)
    .all(table) as { sql: string }[];
  db.exec(createSql);
  db.exec(`INSERT INTO ${temporary} SELECT * FROM ${table}`);
  db.exec(`DROP TABLE ${table}`);
  db.exec(`ALTER TABLE ${temporary} RENAME TO ${table}`);
  for (const { sql } of dependents) db.exec(sql);
}
