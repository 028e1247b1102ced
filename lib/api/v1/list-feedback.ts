import "server-only";
import { and, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { feedbackResponses } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";
import { issuesToFieldErrors } from "@/lib/evidence/feedback/schemas";
import type { ApiKeyContext } from "../keys/resolve-api-key";
import type { TApiFeedbackPage } from "./response-schemas";

const ZCursor = z.tuple([z.string().regex(/^-?\d{1,20}$/), z.uuid()]);

/**
 * The cursor is opaque to clients: the last row's (responded_at in microseconds, id),
 * so pages neither skip nor repeat rows that share a timestamp.
 */
export function encodeCursor(micros: string, id: string): string {
  return Buffer.from(JSON.stringify([micros, id]), "utf8").toString("base64url");
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const parsed = ZCursor.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through
  }
  throw new AppError("INVALID_INPUT", "INVALID_CURSOR", { cursor: ["INVALID_CURSOR"] });
}

const optionalParam = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === null || v === "" ? undefined : v), schema.optional());

export const ZListFeedbackQuery = z.object({
  touchpoint_id: optionalParam(z.uuid("INVALID_UUID")),
  map_id: optionalParam(z.uuid("INVALID_UUID")),
  since: optionalParam(z.iso.datetime({ offset: true, message: "INVALID_DATE" }).transform((s) => new Date(s))),
  until: optionalParam(z.iso.datetime({ offset: true, message: "INVALID_DATE" }).transform((s) => new Date(s))),
  limit: z.preprocess(
    (v) => (v === null || v === "" ? undefined : /^\d+$/.test(String(v)) ? Number(v) : Number.NaN),
    z.number("INVALID_LIMIT").int("INVALID_LIMIT").min(1, "INVALID_LIMIT").max(200, "INVALID_LIMIT").default(50),
  ),
  cursor: optionalParam(z.string().max(200, "INVALID_CURSOR")),
});

/**
 * GET /api/v1/feedback — the key's workspace's responses, newest first, filtered by
 * touchpoint, map and a [since, until) window, `limit` per page (≤ 200) with an opaque
 * `next_cursor`.
 */
export async function listFeedbackApi(api: ApiKeyContext, request: Request) {
  const params = new URL(request.url).searchParams;
  const parsed = ZListFeedbackQuery.safeParse(Object.fromEntries(["touchpoint_id", "map_id", "since", "until", "limit", "cursor"].map((k) => [k, params.get(k)])));
  if (!parsed.success) throw new AppError("INVALID_INPUT", "INVALID_INPUT", issuesToFieldErrors(parsed.error.issues));
  const q = parsed.data;
  const r = feedbackResponses;
  const conditions: SQL[] = [eq(r.workspaceId, api.workspaceId)];
  if (q.touchpoint_id) conditions.push(eq(r.touchpointId, q.touchpoint_id));
  if (q.map_id) conditions.push(eq(r.mapId, q.map_id));
  if (q.since) conditions.push(gte(r.respondedAt, q.since));
  if (q.until) conditions.push(lt(r.respondedAt, q.until));
  if (q.cursor) {
    const [micros, id] = decodeCursor(q.cursor);
    conditions.push(sql`(${r.respondedAt}, ${r.id}) < (timestamptz 'epoch' + ${micros}::bigint * interval '1 microsecond', ${id}::uuid)`);
  }
  const rows = await getDb()
    .select({
      id: r.id,
      touchpointId: r.touchpointId,
      mapId: r.mapId,
      csat: r.csat,
      nps: r.nps,
      ces: r.ces,
      comment: r.comment,
      followUp: r.followUp,
      channel: r.channel,
      source: r.source,
      respondentKey: r.respondentKey,
      respondedAt: r.respondedAt,
      createdAt: r.createdAt,
      micros: sql<string>`(extract(epoch from ${r.respondedAt}) * 1000000)::bigint::text`,
    })
    .from(r)
    .where(and(...conditions))
    .orderBy(desc(r.respondedAt), desc(r.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    data: page.map((row) => ({
      id: row.id,
      touchpoint_id: row.touchpointId,
      map_id: row.mapId,
      csat: row.csat,
      nps: row.nps,
      ces: row.ces,
      comment: row.comment,
      follow_up: row.followUp,
      channel: row.channel,
      source: row.source,
      respondent_key: row.respondentKey,
      responded_at: row.respondedAt.toISOString(),
      created_at: row.createdAt.toISOString(),
    })),
    next_cursor: rows.length > q.limit && last ? encodeCursor(last.micros, last.id) : null,
  } satisfies TApiFeedbackPage;
}
