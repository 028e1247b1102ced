import postgres from "postgres";

/** With DATABASE_URL set, start the run from an empty schema so migrations are tested too. */
export default async function setup() {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  await sql.unsafe("DROP SCHEMA IF EXISTS public CASCADE; DROP SCHEMA IF EXISTS drizzle CASCADE; CREATE SCHEMA public;");
  await sql.end();
  const { runMigrations } = await import("@/db/migrate");
  const { closeDb } = await import("@/db/client");
  await runMigrations();
  await closeDb();
}
