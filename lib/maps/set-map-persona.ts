import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { journeyMaps } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { assertPersonaInWorkspace } from "@/lib/personas/get-persona";
import { getMapOrThrow } from "./get-map";
import { ZSetMapPersonaInput } from "./schemas";

/** Sets which persona a map is for (or none); the persona must be of the same workspace. */
export const setMapPersona = workspaceOperation({
  permission: "maps.write",
  input: ZSetMapPersonaInput,
  handler: (ctx, input) =>
    getDb().transaction(async (tx) => {
      const map = await getMapOrThrow({ workspaceId: ctx.workspaceId, mapId: input.mapId }, tx);
      await assertPersonaInWorkspace(tx, ctx.workspaceId, input.personaId);
      await tx
        .update(journeyMaps)
        .set({ personaId: input.personaId, updatedAt: new Date(), lastEditedById: ctx.userId })
        .where(and(eq(journeyMaps.workspaceId, ctx.workspaceId), eq(journeyMaps.id, map.id)));
      return { mapId: map.id, personaId: input.personaId };
    }),
});
