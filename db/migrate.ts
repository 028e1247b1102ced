import { readFile } from "node:fs/promises";
import path from "node:path";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { databaseKind, getDb, rawSql } from "./client";

const migrationsFolder = path.resolve(process.env.JOURNEYBOARD_ROOT ?? process.cwd(), "db/migrations");

/** Applies pending drizzle-kit migrations; run at start-up before serving requests. */
export async function runMigrations(): Promise<void> {
  const db = getDb();
  if (databaseKind() === "pglite") {
    await migratePglite(db as unknown as PgliteDatabase<Record<string, never>>, { migrationsFolder });
  } else {
    await migratePostgres(db, { migrationsFolder });
  }
}

/** Whether every migration shipped with this build is applied (drizzle records them in its own table). */
export async function migrationsApplied(): Promise<boolean> {
  const journal = JSON.parse(await readFile(path.join(migrationsFolder, "meta/_journal.json"), "utf8")) as { entries: unknown[] };
  const { rows } = await rawSql()("select count(*)::int as applied from drizzle.__drizzle_migrations");
  return Number(rows[0]?.applied ?? 0) >= journal.entries.length;
}
