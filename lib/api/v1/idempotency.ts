import "server-only";
import { createHash } from "node:crypto";
import { and, eq, lt, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { apiIdempotencyKeys } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";

export const IDEMPOTENCY_KEY_MAX = 255;
export const IDEMPOTENCY_TTL_HOURS = 24;
const PRINTABLE = /^[\x21-\x7e]+$/;

export type StoredAnswer = { status: number; body: unknown; replayed: boolean };

/** The header's key, or null without one; a malformed key is refused. */
export function idempotencyKeyOf(request: Request): string | null {
  const key = request.headers.get("idempotency-key");
  if (key === null) return null;
  if (key.length === 0 || key.length > IDEMPOTENCY_KEY_MAX || !PRINTABLE.test(key)) {
    throw new AppError("INVALID_INPUT", "INVALID_IDEMPOTENCY_KEY", { "Idempotency-Key": ["INVALID_IDEMPOTENCY_KEY"] });
  }
  return key;
}

const hashOf = (body: unknown) => createHash("sha256").update(JSON.stringify(body)).digest("hex");

/**
 * Runs `work` once per (workspace, key) within IDEMPOTENCY_TTL_HOURS, in one transaction
 * with the key's row: a retry of a request that succeeded gets the first answer back; a
 * retry racing the first waits for it (the primary key holds it) and then gets its
 * answer; a request that failed left no row, so its retry runs afresh. The same key with
 * a different body is refused.
 */
export async function onceForKey(
  args: { workspaceId: string; key: string; body: unknown },
  work: (tx: Tx) => Promise<{ status: number; body: unknown }>,
): Promise<StoredAnswer> {
  const requestHash = hashOf(args.body);
  return getDb().transaction(async (tx) => {
    // A new key, or one whose earlier use has expired, is taken; a live one is left alone.
    const taken = await tx
      .insert(apiIdempotencyKeys)
      .values({ workspaceId: args.workspaceId, key: args.key, requestHash, status: 0, body: {} })
      .onConflictDoUpdate({
        target: [apiIdempotencyKeys.workspaceId, apiIdempotencyKeys.key],
        set: { requestHash, status: 0, body: {}, createdAt: sql`now()` },
        setWhere: lt(apiIdempotencyKeys.createdAt, sql`now() - make_interval(hours => ${IDEMPOTENCY_TTL_HOURS})`),
      })
      .returning({ key: apiIdempotencyKeys.key });
    if (taken.length === 0) {
      const [earlier] = await tx
        .select()
        .from(apiIdempotencyKeys)
        .where(and(eq(apiIdempotencyKeys.workspaceId, args.workspaceId), eq(apiIdempotencyKeys.key, args.key)));
      if (!earlier) throw new AppError("CONFLICT", "IDEMPOTENCY_KEY_IN_USE");
      if (earlier.requestHash !== requestHash) {
        throw new AppError("INVALID_INPUT", "IDEMPOTENCY_KEY_REUSED", { "Idempotency-Key": ["IDEMPOTENCY_KEY_REUSED"] });
      }
      return { status: earlier.status, body: earlier.body, replayed: true };
    }
    const answer = await work(tx);
    await tx
      .update(apiIdempotencyKeys)
      .set({ status: answer.status, body: answer.body as object })
      .where(and(eq(apiIdempotencyKeys.workspaceId, args.workspaceId), eq(apiIdempotencyKeys.key, args.key)));
    return { ...answer, replayed: false };
  });
}

/** Forgets keys past their time; part of the nightly job. */
export async function pruneIdempotencyKeys(): Promise<number> {
  const gone = await getDb()
    .delete(apiIdempotencyKeys)
    .where(lt(apiIdempotencyKeys.createdAt, sql`now() - make_interval(hours => ${IDEMPOTENCY_TTL_HOURS})`))
    .returning({ key: apiIdempotencyKeys.key });
  return gone.length;
}
