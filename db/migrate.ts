import path from "node:path";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { databaseKind, getDb } from "./client";

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
