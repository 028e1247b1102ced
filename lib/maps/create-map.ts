import "server-only";
import { getDb } from "@/db/client";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { insertPhaseKpis } from "@/lib/evidence/kpis/insert-phase-kpis";
import { buildMapDocument } from "@/lib/journey/templates/new-map-state";
import { assertPersonaInWorkspace } from "@/lib/personas/get-persona";
import { insertMap } from "./insert-map";
import { mapLanguage } from "./language";
import { ZCreateMapInput } from "./schemas";

/**
 * Creates a map, blank or from a built-in template, with its document and projection in
 * one transaction, so a map never exists without a document; a template's phase KPIs are
 * created with it. The persona must be one of the caller's workspace.
 */
export const createMap = workspaceOperation({
  permission: "maps.write",
  input: ZCreateMapInput,
  handler: async (ctx, input) => {
    const { doc, kpis } = buildMapDocument(input.starter, mapLanguage(ctx, input.language));
    return getDb().transaction(async (tx) => {
      await assertPersonaInWorkspace(tx, ctx.workspaceId, input.personaId);
      const created = await insertMap(
        tx,
        ctx,
        { name: input.name, personaId: input.personaId, templateId: input.starter === "blank" ? null : input.starter },
        doc,
        { action: "map.created", details: { name: input.name } },
      );
      await insertPhaseKpis(tx, { workspaceId: ctx.workspaceId, mapId: created.mapId }, kpis);
      return created;
    });
  },
});
