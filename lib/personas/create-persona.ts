import "server-only";
import { getDb } from "@/db/client";
import { personas } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ZCreatePersonaInput } from "./schemas";

/** Adds a persona to the caller's workspace. */
export const createPersona = workspaceOperation({
  permission: "maps.write",
  input: ZCreatePersonaInput,
  handler: (ctx, input) =>
    getDb().transaction(async (tx) => {
      const [persona] = await tx
        .insert(personas)
        .values({ ...input, workspaceId: ctx.workspaceId })
        .returning({ id: personas.id });
      await recordAuditEvent(tx, { workspaceId: ctx.workspaceId, actorId: ctx.userId, action: "persona.created", details: { name: input.name } });
      return { personaId: persona!.id };
    }),
});
