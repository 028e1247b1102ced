import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { apiKeys } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors/app-error";
import type { WorkspaceContext } from "@/lib/workspaces/authorize-workspace";
import { generateApiKey } from "./api-key-secret";
import { ZCreateApiKeyInput, ZRevokeApiKeyInput } from "./schemas";

/** Creates a workspace key; the returned `key` is the only time it exists outside the caller. */
export const createApiKey = workspaceOperation({
  permission: "apikeys.manage",
  input: ZCreateApiKeyInput,
  handler: (ctx, input) =>
    getDb().transaction(async (tx) => {
      const secret = generateApiKey();
      const [row] = await tx
        .insert(apiKeys)
        .values({ workspaceId: ctx.workspaceId, name: input.name, prefix: secret.prefix, keyHash: secret.hash, access: input.access, createdById: ctx.userId })
        .returning({ id: apiKeys.id });
      await recordAuditEvent(tx, { workspaceId: ctx.workspaceId, actorId: ctx.userId, action: "api_key.created", details: { name: input.name } });
      return { keyId: row!.id, key: secret.key, prefix: secret.prefix, name: input.name, access: input.access };
    }),
});

/** Revoking is immediate: the next request with the key gets 401. */
export const revokeApiKey = workspaceOperation({
  permission: "apikeys.manage",
  input: ZRevokeApiKeyInput,
  handler: (ctx, input) =>
    getDb().transaction(async (tx) => {
      const [row] = await tx
        .update(apiKeys)
        .set({ revokedAt: new Date() })
        .where(and(eq(apiKeys.workspaceId, ctx.workspaceId), eq(apiKeys.id, input.keyId), isNull(apiKeys.revokedAt)))
        .returning({ id: apiKeys.id, name: apiKeys.name });
      if (!row) throw new AppError("NOT_FOUND", "API_KEY_NOT_FOUND");
      await recordAuditEvent(tx, { workspaceId: ctx.workspaceId, actorId: ctx.userId, action: "api_key.revoked", details: { name: row.name } });
      return { keyId: row.id };
    }),
});

/** The workspace's keys for the settings page; never the hash. */
export async function listApiKeys(ctx: Pick<WorkspaceContext, "workspaceId">) {
  return getDb()
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      access: apiKeys.access,
      createdAt: apiKeys.createdAt,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
    })
    .from(apiKeys)
    .where(eq(apiKeys.workspaceId, ctx.workspaceId))
    .orderBy(desc(apiKeys.createdAt));
}
export type ApiKeyListItem = Awaited<ReturnType<typeof listApiKeys>>[number];
