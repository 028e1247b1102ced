import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { personas } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getPersonaOrThrow } from "./get-persona";
import { ZUpdatePersonaInput } from "./schemas";

/** Replaces a persona's fields; a persona of another workspace is NOT_FOUND. */
export const updatePersona = workspaceOperation({
  permission: "maps.write",
  input: ZUpdatePersonaInput,
  handler: (ctx, { personaId, ...fields }) =>
    getDb().transaction(async (tx) => {
      await getPersonaOrThrow({ workspaceId: ctx.workspaceId, personaId }, tx);
      await tx
        .update(personas)
        .set({ ...fields, updatedAt: new Date() })
        .where(and(eq(personas.workspaceId, ctx.workspaceId), eq(personas.id, personaId)));
      await recordAuditEvent(tx, { workspaceId: ctx.workspaceId, actorId: ctx.userId, action: "persona.updated", details: { name: fields.name } });
      return { personaId };
    }),
});
