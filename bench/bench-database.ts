import { randomBytes } from "node:crypto";
import postgres from "postgres";

/**
 * The set-up every benchmark shares: secrets for this run, and unless DATABASE_URL is
 * given, a benchmark database of `name` on the local PostgreSQL (created once, kept).
 */
export async function useBenchDatabase(name: string): Promise<void> {
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  process.env.FEEDBACK_HASH_SECRET ??= randomBytes(32).toString("base64url");
  if (process.env.DATABASE_URL) return;
  const admin = postgres("postgres://postgres@127.0.0.1:5432/postgres", { max: 1, onnotice: () => {} });
  const [exists] = await admin`select 1 from pg_database where datname = ${name}`;
  if (!exists) await admin.unsafe(`create database "${name}"`);
  await admin.end();
  process.env.DATABASE_URL = `postgres://postgres@127.0.0.1:5432/${name}`;
}
