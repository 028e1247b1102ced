import "server-only";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { apiKeys } from "@/db/schema";
import type { API_KEY_ACCESS } from "@/db/schema/evidence";
import { AppError } from "@/lib/errors/app-error";
import { hashApiKey, isApiKeyShape } from "./api-key-secret";

export type ApiKeyContext = { keyId: string; workspaceId: string; access: (typeof API_KEY_ACCESS)[number] };

/**
 * The workspace an `Authorization: Bearer jb_…` header speaks for. Missing, malformed,
 * unknown and revoked keys are all UNAUTHORIZED. Looked up by hash, so the key itself
 * is never compared or stored. last_used_at is written at most once a minute per key.
 */
export async function resolveApiKey(authorization: string | null): Promise<ApiKeyContext> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match) throw new AppError("UNAUTHORIZED", "API_KEY_MISSING");
  const key = match[1]!;
  if (!isApiKeyShape(key)) throw new AppError("UNAUTHORIZED", "API_KEY_INVALID");
  const db = getDb();
  const [row] = await db
    .select({ keyId: apiKeys.id, workspaceId: apiKeys.workspaceId, access: apiKeys.access })
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, hashApiKey(key)), isNull(apiKeys.revokedAt)))
    .limit(1);
  if (!row) throw new AppError("UNAUTHORIZED", "API_KEY_INVALID");
  await db
    .update(apiKeys)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiKeys.id, row.keyId), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`now() - interval '1 minute'`))));
  return row;
}
