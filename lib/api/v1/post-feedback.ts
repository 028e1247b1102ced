import "server-only";
import { evaluateAfterFeedback } from "@/lib/alerts/evaluate";
import { emitWebhookEvent } from "@/lib/webhooks/events";
import { getDb, type Tx } from "@/db/client";
import { inArray } from "drizzle-orm";
import { feedbackResponses } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";
import { ZApiFeedbackBatch, ZApiFeedbackItem, issuesToFieldErrors, type TApiFeedbackItem } from "@/lib/evidence/feedback/schemas";
import { FEEDBACK_BATCH_MAX } from "@/lib/evidence/limits";
import { respondentKey } from "@/lib/evidence/respondent-key";
import { findLiveTouchpoints } from "@/lib/evidence/subjects";
import type { ApiKeyContext } from "../keys/resolve-api-key";
import { jsonResponse } from "../error-response";
import { readJsonBody } from "./read-json-body";
import { idempotencyKeyOf, onceForKey } from "./idempotency";
import type { TApiCreated } from "./response-schemas";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** One response or a `{ responses }` batch, validated as a whole; field names carry the item index. */
export function parseFeedbackBody(body: unknown): { items: TApiFeedbackItem[]; fieldOf: (index: number, field: string) => string } {
  if (!isObject(body)) throw new AppError("INVALID_INPUT", "INVALID_INPUT", { _form: ["INVALID_INPUT"] });
  if ("responses" in body) {
    // Refuse an oversized batch before validating a single item of it.
    if (Array.isArray(body.responses) && body.responses.length > FEEDBACK_BATCH_MAX) {
      throw new AppError("INVALID_INPUT", "BATCH_TOO_LARGE", { responses: ["BATCH_TOO_LARGE"] });
    }
    const parsed = ZApiFeedbackBatch.safeParse(body);
    if (!parsed.success) throw new AppError("INVALID_INPUT", "INVALID_INPUT", issuesToFieldErrors(parsed.error.issues));
    return { items: parsed.data.responses, fieldOf: (i, field) => `responses.${i}.${field}` };
  }
  const parsed = ZApiFeedbackItem.safeParse(body);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "INVALID_INPUT", issuesToFieldErrors(parsed.error.issues));
  return { items: [parsed.data], fieldOf: (_i, field) => field };
}

/**
 * Stores validated API responses in one transaction: every touchpoint must be a live
 * touchpoint of the key's workspace, or nothing is stored and each offending item is
 * named. Respondent identifiers are hashed here and dropped.
 */
export async function insertApiFeedback(
  workspaceId: string,
  items: TApiFeedbackItem[],
  fieldOf: (index: number, field: string) => string,
  outer?: Tx,
): Promise<string[]> {
  const run = <T>(work: (tx: Tx) => Promise<T>) => (outer ? work(outer) : getDb().transaction(work));
  return run(async (tx) => {
    const touchpoints = await findLiveTouchpoints({ workspaceId, ids: items.map((i) => i.touchpoint_id) }, tx);
    const fieldErrors: Record<string, string[]> = {};
    items.forEach((item, i) => {
      if (!touchpoints.has(item.touchpoint_id)) fieldErrors[fieldOf(i, "touchpoint_id")] = ["TOUCHPOINT_NOT_FOUND"];
    });
    if (Object.keys(fieldErrors).length) throw new AppError("INVALID_INPUT", "TOUCHPOINT_NOT_FOUND", fieldErrors);
    const now = new Date();
    const rows = items.map((item) => {
      const touchpoint = touchpoints.get(item.touchpoint_id)!;
      return {
        workspaceId,
        mapId: touchpoint.mapId,
        touchpointId: item.touchpoint_id,
        csat: item.csat ?? null,
        nps: item.nps ?? null,
        ces: item.ces ?? null,
        comment: item.comment ?? null,
        channel: item.channel ?? touchpoint.channel,
        respondentKey: respondentKey(item.respondent),
        respondedAt: item.responded_at ?? now,
        source: "api" as const,
      };
    });
    const inserted = await tx.insert(feedbackResponses).values(rows).returning({ id: feedbackResponses.id });
    return inserted.map((r) => r.id);
  });
}

/** The maps the stored responses belong to (alert rules watch maps). */
async function mapsOfResponses(ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await getDb().selectDistinct({ mapId: feedbackResponses.mapId }).from(feedbackResponses).where(inArray(feedbackResponses.id, ids));
  return rows.map((r) => r.mapId);
}

/** POST /api/v1/feedback; with an `Idempotency-Key`, a retried request is stored once. */
export async function postFeedback(api: ApiKeyContext, request: Request): Promise<Response> {
  const key = idempotencyKeyOf(request);
  const body = await readJsonBody(request);
  const { items, fieldOf } = parseFeedbackBody(body);
  const create = async (tx?: Tx) => {
    const ids = await insertApiFeedback(api.workspaceId, items, fieldOf, tx);
    return { status: 201, body: { created: ids.length, ids } satisfies TApiCreated };
  };
  const announce = async (ids: string[]) => {
    await evaluateAfterFeedback(api.workspaceId, () => mapsOfResponses(ids));
    await emitWebhookEvent(api.workspaceId, "feedback.created", {
      source: "api",
      count: ids.length,
      responses: items.slice(0, 100).map((item, i) => ({ id: ids[i], touchpoint_id: item.touchpoint_id, csat: item.csat ?? null, nps: item.nps ?? null, ces: item.ces ?? null, comment: item.comment ?? null })),
    });
  };
  if (!key) {
    const answer = await create();
    await announce(answer.body.ids);
    return jsonResponse(answer.body, { status: answer.status });
  }
  const answer = await onceForKey({ workspaceId: api.workspaceId, key, body }, create);
  // A replayed request stored nothing new, so nothing new is announced.
  if (!answer.replayed) await announce((answer.body as TApiCreated).ids);
  return jsonResponse(answer.body, { status: answer.status, headers: answer.replayed ? { "Idempotent-Replayed": "true" } : {} });
}
