import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { personas } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getPersonaOrThrow } from "./get-persona";
import { ZDeletePersonaInput } from "./schemas";

/**
 * Deletes a persona. Its maps stay and lose their persona (the foreign key sets null).
 * Like deleting a map, this removes content the whole team shares, so it needs maps.delete.
 */
export const deletePersona = workspaceOperation({
  permission: "maps.delete",
  input: ZDeletePersonaInput,
  handler: (ctx, { personaId }) =>
    getDb().transaction(async (tx) => {
      const persona = await getPersonaOrThrow({ workspaceId: ctx.workspaceId, personaId }, tx);
      await tx.delete(personas).where(and(eq(personas.workspaceId, ctx.workspaceId), eq(personas.id, personaId)));
      await recordAuditEvent(tx, { workspaceId: ctx.workspaceId, actorId: ctx.userId, action: "persona.deleted", details: { name: persona.name } });
      return { personaId };
    }),
});
