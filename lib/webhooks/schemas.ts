import { z } from "zod";
import { WEBHOOK_EVENTS, WEBHOOK_FORMATS } from "@/db/schema/webhooks";

/** FormData sends a checkbox group as repeated keys; JSON callers send an array. */
const ZEvents = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(WEBHOOK_EVENTS, "INVALID_EVENT")).min(1, "EVENTS_REQUIRED"));

export const ZCreateWebhookInput = z.object({
  url: z.string("REQUIRED").trim().min(1, "REQUIRED").max(2000, "TOO_LONG"),
  events: ZEvents,
  format: z.enum(WEBHOOK_FORMATS, "INVALID_FORMAT").default("json"),
});
export const ZWebhookRefInput = z.object({ endpointId: z.uuid("WEBHOOK_NOT_FOUND") });
export const ZReplayDeliveryInput = z.object({ deliveryId: z.uuid("DELIVERY_NOT_FOUND") });
export const ZWebhookSettingsInput = z.object({ allowPrivateTargets: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()) });
