import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { journeyMaps, mapOpportunities } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { editStoredDocument, publishServerEdit } from "@/lib/collab/server/server-edits";
import { AppError } from "@/lib/errors/app-error";
import { setOpportunityScores } from "@/lib/journey/map-document";
import { announceMapUpdated } from "@/lib/webhooks/map-updated";
import { ZPlaceOpportunityInput } from "./schemas";

/**
 * Sets an opportunity card's customer value and effort from the opportunity matrix (a drag,
 * or the keyboard's "Place…"): an edit of the map's document, made through the one path for
 * server edits, so open editors see the card change at once. The projection row changes in
 * the same transaction, so the matrix shows it whether or not anyone has the map open.
 * Editors and up (maps.write); the card is looked up within the caller's workspace, among
 * live maps: another workspace's card is "not found".
 */
export const placeOpportunity = workspaceOperation({
  permission: "maps.write",
  input: ZPlaceOpportunityInput,
  handler: async (ctx, input) => {
    const scores = { customerValue: input.customerValue, effort: input.effort };
    const { update } = await getDb().transaction(async (tx) => {
      const edited = await editStoredDocument(tx, { workspaceId: ctx.workspaceId, mapId: input.mapId }, (doc) =>
        setOpportunityScores(doc, input.opportunityId, scores),
      );
      if (!edited.result) throw new AppError("NOT_FOUND", "OPPORTUNITY_NOT_FOUND");
      const placed = await tx
        .update(mapOpportunities)
        .set(scores)
        .where(
          and(
            eq(mapOpportunities.id, input.opportunityId),
            eq(mapOpportunities.mapId, input.mapId),
            eq(mapOpportunities.workspaceId, ctx.workspaceId),
            isNull(mapOpportunities.deletedAt),
          ),
        )
        .returning({ id: mapOpportunities.id });
      // The card is in the document but not (yet) projected: it is not one the matrix showed.
      if (placed.length === 0) throw new AppError("NOT_FOUND", "OPPORTUNITY_NOT_FOUND");
      if (edited.update) {
        await tx.update(journeyMaps).set({ updatedAt: sql`now()`, lastEditedById: ctx.userId }).where(eq(journeyMaps.id, input.mapId));
      }
      return edited;
    });
    if (update) {
      publishServerEdit({ workspaceId: ctx.workspaceId, mapId: input.mapId, update });
      announceMapUpdated(ctx.workspaceId, input.mapId);
    }
    return scores;
  },
});
