import { z } from "zod";
import { REVIEW_ACTION_STATUSES } from "@/db/schema/reviews";
import { ZMapId } from "@/lib/maps/schemas";

export const REVIEW_NOTES_MAX = 20_000;

export const ZQuarter = z.string("INVALID_QUARTER").trim().toUpperCase().regex(/^\d{4}-Q[1-4]$/, "INVALID_QUARTER");
const ZDueDate = z.preprocess((v) => (v === "" || v === undefined ? null : v), z.iso.date("INVALID_DATE").nullable());

export const ZSaveReviewNotesInput = z.object({
  mapId: ZMapId,
  quarter: ZQuarter,
  notes: z.string().max(REVIEW_NOTES_MAX, "TOO_LONG").default(""),
});

/**
 * The owner: a member's user id; "" or null for nobody; left out to keep whoever owns it
 * (so changing the status of an action with an old free-text owner keeps that text).
 */
const ZOwnerId = z.preprocess((v) => (v === "" ? null : v), z.string().max(100).nullable()).optional();

const actionFields = {
  title: z.string("REQUIRED").trim().min(1, "REQUIRED").max(300, "TOO_LONG"),
  ownerId: ZOwnerId,
  status: z.enum(REVIEW_ACTION_STATUSES, "INVALID_STATUS").default("idea"),
  dueDate: ZDueDate,
};

export const ZAddReviewActionInput = z.object({ mapId: ZMapId, quarter: ZQuarter, ...actionFields });
export type TAddReviewActionInput = z.infer<typeof ZAddReviewActionInput>;

export const ZUpdateReviewActionInput = z.object({
  mapId: ZMapId,
  actionId: z.uuid("ACTION_NOT_FOUND"),
  ...actionFields,
});
export const ZDeleteReviewActionInput = z.object({ mapId: ZMapId, actionId: z.uuid("ACTION_NOT_FOUND") });

/** A review action made from an opportunity card: agreed in the current quarter, linked to the card. */
export const ZAddActionFromOpportunityInput = z.object({
  mapId: ZMapId,
  opportunityId: z.uuid("CARD_NOT_FOUND"),
  title: z.string("REQUIRED").trim().min(1, "REQUIRED").max(300, "TOO_LONG"),
  ownerId: ZOwnerId,
  dueDate: ZDueDate,
});
export const ZOpportunityActionsInput = z.object({ mapId: ZMapId, opportunityId: z.uuid("CARD_NOT_FOUND") });
