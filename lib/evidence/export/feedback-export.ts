import "server-only";
import { and, asc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { feedbackResponses, journeyMaps, mapPhases, mapTouchpoints } from "@/db/schema";
import { errorResponse } from "@/lib/api/error-response";
import { AppError } from "@/lib/errors/app-error";
import { authorizeResource } from "../authorize-resource";
import { issuesToFieldErrors } from "../feedback/schemas";
import { CSV_BOM, csvLine } from "./csv-escape";

const PAGE = 5000;
/** Column names match what the import recognises, so an export can be imported elsewhere. */
const HEADER = ["responded_at", "touchpoint_id", "touchpoint", "phase", "csat", "nps", "ces", "comment", "channel", "source", "respondent_key", "id", "follow_up"];

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === null || v === "" ? undefined : v), schema.optional());
const ZExportQuery = z.object({
  touchpoint_id: optional(z.uuid("INVALID_UUID")),
  since: optional(z.iso.date("INVALID_DATE")),
  until: optional(z.iso.date("INVALID_DATE")),
});

/**
 * GET /api/maps/{mapId}/feedback-export — the map's feedback as CSV for a member with
 * evidence.read, optionally one touchpoint and a [since, until) date window. Streamed
 * page by page (keyset on responded_at, id) so a million rows never sit in memory;
 * every text cell is formula-neutralised.
 */
export async function feedbackExportResponse(args: { request: Request; userId: string | null; mapId: string }): Promise<Response> {
  try {
    const ctx = await authorizeResource({ userId: args.userId, resource: { mapId: args.mapId }, permission: "evidence.read" });
    const params = new URL(args.request.url).searchParams;
    const parsed = ZExportQuery.safeParse({ touchpoint_id: params.get("touchpoint_id"), since: params.get("since"), until: params.get("until") });
    if (!parsed.success) throw new AppError("INVALID_INPUT", "INVALID_INPUT", issuesToFieldErrors(parsed.error.issues));
    const [map] = await getDb()
      .select({ name: journeyMaps.name })
      .from(journeyMaps)
      .where(and(eq(journeyMaps.workspaceId, ctx.workspaceId), eq(journeyMaps.id, args.mapId)));
    if (!map) throw new AppError("NOT_FOUND", "MAP_NOT_FOUND");
    const r = feedbackResponses;
    const base: SQL[] = [eq(r.workspaceId, ctx.workspaceId), eq(r.mapId, args.mapId)];
    const q = parsed.data;
    if (q.touchpoint_id) base.push(eq(r.touchpointId, q.touchpoint_id));
    if (q.since) base.push(gte(r.respondedAt, sql`${q.since}::date`));
    if (q.until) base.push(lt(r.respondedAt, sql`${q.until}::date`));

    const encoder = new TextEncoder();
    const lines = feedbackCsvChunks(base);
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await lines.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
    });
    const fileName = `${map.name.replace(/[^\p{L}\p{N}._-]+/gu, "_").slice(0, 60) || "map"}-feedback.csv`;
    return new Response(stream, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="feedback.csv"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}

/**
 * The CSV of the responses matching `conditions` (which must include the workspace), in
 * chunks of PAGE rows: keyset paging on (responded_at, id), so a million rows never sit
 * in memory. The first chunk is the BOM and header.
 */
export async function* feedbackCsvChunks(conditions: SQL[], onRows?: (rowsSoFar: number) => Promise<void> | void): AsyncGenerator<string> {
  let rowsSoFar = 0;
  const r = feedbackResponses;
  yield CSV_BOM + csvLine(HEADER);
  let after: { micros: string; id: string } | null = null;
  for (;;) {
    const page = [...conditions];
    if (after) page.push(sql`(${r.respondedAt}, ${r.id}) > (timestamptz 'epoch' + ${after.micros}::bigint * interval '1 microsecond', ${after.id}::uuid)`);
    const rows = await getDb()
      .select({
        id: r.id,
        respondedAt: r.respondedAt,
        touchpointId: r.touchpointId,
        touchpoint: mapTouchpoints.name,
        phase: mapPhases.name,
        csat: r.csat,
        nps: r.nps,
        ces: r.ces,
        comment: r.comment,
        followUp: r.followUp,
        channel: r.channel,
        source: r.source,
        respondentKey: r.respondentKey,
        micros: sql<string>`(extract(epoch from ${r.respondedAt}) * 1000000)::bigint::text`,
      })
      .from(r)
      .innerJoin(mapTouchpoints, and(eq(mapTouchpoints.id, r.touchpointId), eq(mapTouchpoints.workspaceId, r.workspaceId)))
      .leftJoin(mapPhases, and(eq(mapPhases.id, mapTouchpoints.phaseId), eq(mapPhases.workspaceId, r.workspaceId)))
      .where(and(...page))
      .orderBy(asc(r.respondedAt), asc(r.id))
      .limit(PAGE);
    let chunk = "";
    for (const row of rows) {
      chunk += csvLine([row.respondedAt, row.touchpointId, row.touchpoint, row.phase, row.csat, row.nps, row.ces, row.comment, row.channel, row.source, row.respondentKey, row.id, row.followUp]);
    }
    if (chunk) yield chunk;
    rowsSoFar += rows.length;
    await onRows?.(rowsSoFar);
    const last = rows.at(-1);
    if (rows.length < PAGE || !last) return;
    after = { micros: last.micros, id: last.id };
  }
}
