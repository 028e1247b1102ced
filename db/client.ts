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

/** Plain SQL with positional parameters; without parameters a script of several statements may run. */
export type RawSql = (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;
type Holder = { db: Db; close: () => Promise<void>; kind: "postgres" | "pglite"; raw: RawSql };

// One instance per process: the custom server and the Next.js bundle import this module
// separately, so the instance is kept on globalThis rather than in module scope.
const KEY = Symbol.for("journeyboard.db");
type GlobalWithDb = typeof globalThis & { [KEY]?: Holder };

function open(): Holder {
  const url = process.env.DATABASE_URL;
  if (url) {
    const client = postgres(url, {
      max: POOL_SIZE,
      onnotice: () => {},
      // Names this process's connections, so pool use can be read from pg_stat_activity.
      connection: { application_name: APPLICATION_NAME },
    });
    const raw: RawSql = async (text, values) => {
      const result = values?.length ? await client.unsafe(text, values as never[]) : await client.unsafe(text);
      // A script of several statements answers one result per statement; the last one counts.
      const last = Array.isArray(result) && Array.isArray(result.at(-1)) ? result.at(-1) : result;
      return { rows: [...(last as Iterable<Record<string, unknown>>)] };
    };
    return { db: drizzlePostgres({ client, schema }), close: () => client.end({ timeout: 5 }), kind: "postgres", raw };
  }
  const client = new PGlite(path.join(DATA_DIR, "pglite"));
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  const raw: RawSql = async (text, values) => {
    if (values?.length) return { rows: (await client.query<Record<string, unknown>>(text, values)).rows };
    const results = await client.exec(text);
    return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
  };
  return { db, close: () => client.close(), kind: "pglite", raw };
}

const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 10);
const APPLICATION_NAME = `journeyboard-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

/** This process's database connections: how many are open and how many run a query now. */
export async function poolUse(): Promise<{ max: number; open: number; active: number }> {
  const h = holder();
  if (h.kind === "pglite") return { max: 1, open: 1, active: 0 };
  const { rows } = await h.raw(
    "select count(*)::int as open, (count(*) filter (where state = 'active'))::int as active from pg_stat_activity where application_name = $1",
    [APPLICATION_NAME],
  );
  // The query that asks is one of the active ones.
  return { max: POOL_SIZE, open: Number(rows[0]?.open ?? 0), active: Math.max(0, Number(rows[0]?.active ?? 0) - 1) };
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

/** For libraries that speak SQL themselves (the job queue): the same connection, without the query builder. */
export function rawSql(): RawSql {
  return holder().raw;
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
