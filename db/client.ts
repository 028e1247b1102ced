import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { DATA_DIR } from "@/lib/config/env";
import * as schema from "./schema";

/** Both drivers expose the same query builder; we type against the PostgreSQL one. */
export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

type Holder = { db: Db; close: () => Promise<void>; kind: "postgres" | "pglite" };

// One instance per process: the custom server and the Next.js bundle import this module
// separately, so the instance is kept on globalThis rather than in module scope.
const KEY = Symbol.for("journeyboard.db");
type GlobalWithDb = typeof globalThis & { [KEY]?: Holder };

function open(): Holder {
  const url = process.env.DATABASE_URL;
  if (url) {
    const client = postgres(url, { max: Number(process.env.DATABASE_POOL_SIZE ?? 10), onnotice: () => {} });
    return { db: drizzlePostgres({ client, schema }), close: () => client.end({ timeout: 5 }), kind: "postgres" };
  }
  const client = new PGlite(path.join(DATA_DIR, "pglite"));
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return { db, close: () => client.close(), kind: "pglite" };
}

function holder(): Holder {
  const g = globalThis as GlobalWithDb;
  g[KEY] ??= open();
  return g[KEY];
}

/** The process-wide database handle, opened on first use. */
export function getDb(): Db {
  return holder().db;
}

export function databaseKind(): Holder["kind"] {
  return holder().kind;
}

export async function closeDb(): Promise<void> {
  const g = globalThis as GlobalWithDb;
  const h = g[KEY];
  g[KEY] = undefined;
  if (h) await h.close();
}
