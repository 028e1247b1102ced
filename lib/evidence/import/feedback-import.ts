import "server-only";
import { evaluateAfterFeedback } from "@/lib/alerts/evaluate";
import { and, asc, eq, lt, or, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { feedbackImportRejections, feedbackImportRows, feedbackImports, feedbackResponses, mapTouchpoints } from "@/db/schema";
import { parseInput } from "@/lib/actions/parse-input";
import { emitWebhookEvent } from "@/lib/webhooks/events";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors/app-error";
import type { WorkspaceContext } from "@/lib/workspaces/authorize-workspace";
import { authorizeResource } from "../authorize-resource";
import { csvFeedbackRowSchema, issuesToFieldErrors, type CsvField } from "../feedback/schemas";
import { respondentKey } from "../respondent-key";
import { listMapTouchpoints } from "../subjects";
import { CSV_BOM, csvLine } from "../export/csv-escape";
import { ZStageRowsInput, ZStartImportInput } from "./schemas";

/** Open imports nobody finished are dropped (with their staged rows) after a day; finished ones, with their report, after a week. */
const ABANDONED_AFTER_HOURS = 24;
const REPORT_KEPT_DAYS = 7;
const INSERT_CHUNK = 2000;

export type RowRejection = { rowNumber: number; reasons: Array<{ field: string; message: string }> };

/** Starts an import of feedback into one map; abandoned imports of the workspace are cleared first. */
export async function startFeedbackImport(args: { userId: string | null; input: unknown }) {
  const input = parseInput(ZStartImportInput, args.input);
  const ctx = await authorizeResource({ userId: args.userId, resource: { mapId: input.mapId }, permission: "evidence.write" });
  const db = getDb();
  await db
    .delete(feedbackImports)
    .where(
      and(
        eq(feedbackImports.workspaceId, ctx.workspaceId),
        or(
          and(eq(feedbackImports.status, "open"), lt(feedbackImports.createdAt, sql`now() - make_interval(hours => ${ABANDONED_AFTER_HOURS})`)),
          lt(feedbackImports.createdAt, sql`now() - make_interval(days => ${REPORT_KEPT_DAYS})`),
        ),
      ),
    );
  const [row] = await db
    .insert(feedbackImports)
    .values({ workspaceId: ctx.workspaceId, mapId: input.mapId, createdById: ctx.userId, fileName: input.fileName })
    .returning({ id: feedbackImports.id });
  return { importId: row!.id };
}

async function openImportOrThrow(ctx: WorkspaceContext, importId: string, db: DbOrTx = getDb(), lock = false) {
  const query = db
    .select()
    .from(feedbackImports)
    .where(and(eq(feedbackImports.workspaceId, ctx.workspaceId), eq(feedbackImports.id, importId)))
    .limit(1);
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new AppError("NOT_FOUND", "IMPORT_NOT_FOUND");
  if (row.status !== "open") throw new AppError("CONFLICT", "IMPORT_CLOSED");
  return row;
}

/**
 * How the touchpoint column is read: a touchpoint's id, or its name on the import's map
 * (without case or edge spaces). A name two touchpoints share is ambiguous and refused.
 */
async function touchpointResolver(workspaceId: string, mapId: string) {
  const touchpoints = await listMapTouchpoints({ workspaceId, mapId });
  const byId = new Map(touchpoints.map((t) => [t.id.toLowerCase(), t]));
  const byName = new Map<string, (typeof touchpoints)[number] | "ambiguous">();
  for (const t of touchpoints) {
    const key = t.name.trim().toLowerCase();
    byName.set(key, byName.has(key) ? "ambiguous" : t);
  }
  return (value: string): { id: string; channel: string | null } | "TOUCHPOINT_NOT_FOUND" | "TOUCHPOINT_AMBIGUOUS" => {
    const key = value.trim().toLowerCase();
    const hit = byId.get(key) ?? byName.get(key);
    if (!hit) return "TOUCHPOINT_NOT_FOUND";
    if (hit === "ambiguous") return "TOUCHPOINT_AMBIGUOUS";
    return { id: hit.id, channel: hit.channel };
  };
}

/**
 * Validates one chunk of rows with the one CSV row schema and stages them: valid rows
 * in their final shape (respondent already hashed), refused rows with their reasons
 * (respondent left out). Sending the same chunk twice changes nothing.
 */
export async function stageImportRows(args: { userId: string | null; importId: string; input: unknown }) {
  const ctx = await authorizeResource({ userId: args.userId, resource: { importId: args.importId }, permission: "evidence.write" });
  const input = parseInput(ZStageRowsInput, args.input);
  const imp = await openImportOrThrow(ctx, args.importId);
  const schema = csvFeedbackRowSchema(ctx.workspace.timeZone);
  const resolve = await touchpointResolver(ctx.workspaceId, imp.mapId);
  const valid: Array<typeof feedbackImportRows.$inferInsert> = [];
  const rejected: Array<typeof feedbackImportRejections.$inferInsert> = [];
  input.rows.forEach((raw, i) => {
    const rowNumber = input.startRow + i;
    const reasons: RowRejection["reasons"] = [];
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      for (const [field, messages] of Object.entries(issuesToFieldErrors(parsed.error.issues))) {
        for (const message of messages) reasons.push({ field, message });
      }
    }
    const touchpoint = raw.touchpoint?.trim() ? resolve(raw.touchpoint) : null;
    if (typeof touchpoint === "string" && !reasons.some((r) => r.field === "touchpoint")) reasons.push({ field: "touchpoint", message: touchpoint });
    if (reasons.length || !parsed.success || !touchpoint || typeof touchpoint === "string") {
      const { respondent: _dropped, ...values } = raw;
      rejected.push({ importId: imp.id, rowNumber, values: values as Record<string, string>, reasons });
      return;
    }
    const row = parsed.data;
    valid.push({
      importId: imp.id,
      rowNumber,
      workspaceId: ctx.workspaceId,
      mapId: imp.mapId,
      touchpointId: touchpoint.id,
      csat: row.csat,
      nps: row.nps,
      ces: row.ces,
      comment: row.comment,
      channel: row.channel ?? touchpoint.channel,
      respondentKey: respondentKey(row.respondent),
      respondedAt: row.responded_at,
    });
  });
  return getDb().transaction(async (tx) => {
    await openImportOrThrow(ctx, imp.id, tx, true);
    const staged = await insertStagedRows(tx, valid);
    let refused = 0;
    for (let i = 0; i < rejected.length; i += INSERT_CHUNK) {
      const done = await tx
        .insert(feedbackImportRejections)
        .values(rejected.slice(i, i + INSERT_CHUNK))
        .onConflictDoNothing()
        .returning({ n: feedbackImportRejections.rowNumber });
      refused += done.length;
    }
    await tx
      .update(feedbackImports)
      .set({ stagedRows: sql`${feedbackImports.stagedRows} + ${staged}`, rejectedRows: sql`${feedbackImports.rejectedRows} + ${refused}` })
      .where(eq(feedbackImports.id, imp.id));
    return {
      staged: valid.length,
      rejected: rejected.length,
      rejections: rejected.slice(0, 20).map((r) => ({ rowNumber: r.rowNumber, reasons: r.reasons })) as RowRejection[],
    };
  });
}

/**
 * Moves every staged row into feedback_responses in one transaction, so an import is
 * all its valid rows or nothing. A row whose touchpoint left the map since it was
 * staged is refused now rather than stored against a removed touchpoint.
 */
export async function commitFeedbackImport(args: { userId: string | null; importId: string }) {
  const ctx = await authorizeResource({ userId: args.userId, resource: { importId: args.importId }, permission: "evidence.write" });
  const result = await getDb().transaction(async (tx) => {
    const imp = await openImportOrThrow(ctx, args.importId, tx, true);
    const live = sql`exists (select 1 from ${mapTouchpoints} t where t.id = s.touchpoint_id and t.workspace_id = s.workspace_id and t.deleted_at is null)`;
    const lateRejected = await tx.execute(sql`
      insert into ${feedbackImportRejections} (import_id, row_number, "values", reasons)
      select s.import_id, s.row_number, jsonb_build_object('touchpoint', s.touchpoint_id::text),
             '[{"field":"touchpoint","message":"TOUCHPOINT_NOT_FOUND"}]'::jsonb
      from ${feedbackImportRows} s
      where s.import_id = ${imp.id} and not ${live}
      on conflict do nothing`);
    const inserted = await tx.execute(sql`
      insert into ${feedbackResponses} (workspace_id, map_id, touchpoint_id, csat, nps, ces, comment, channel, respondent_key, responded_at, source)
      select s.workspace_id, s.map_id, s.touchpoint_id, s.csat, s.nps, s.ces, s.comment, s.channel, s.respondent_key, s.responded_at, 'csv'
      from ${feedbackImportRows} s
      where s.import_id = ${imp.id} and s.workspace_id = ${ctx.workspaceId} and ${live}`);
    await tx.delete(feedbackImportRows).where(eq(feedbackImportRows.importId, imp.id));
    const imported = affected(inserted);
    const late = affected(lateRejected);
    await tx
      .update(feedbackImports)
      .set({ status: "committed", importedRows: imported, rejectedRows: sql`${feedbackImports.rejectedRows} + ${late}`, committedAt: sql`now()` })
      .where(eq(feedbackImports.id, imp.id));
    await recordAuditEvent(tx, { workspaceId: ctx.workspaceId, actorId: ctx.userId, action: "feedback.imported", details: { name: imp.fileName || "CSV", imported: String(imported) } });
    return { imported, rejected: imp.rejectedRows + late, fileName: imp.fileName, mapId: imp.mapId };
  });
  // One event per import, not one per row: a CSV of 50,000 rows is one thing that happened.
  if (result.imported > 0) await evaluateAfterFeedback(ctx.workspaceId, [result.mapId]);
  if (result.imported > 0) await emitWebhookEvent(ctx.workspaceId, "feedback.created", { source: "csv", count: result.imported, file_name: result.fileName || null });
  return { imported: result.imported, rejected: result.rejected };
}

/** Drops an open import and everything staged for it. */
export async function discardFeedbackImport(args: { userId: string | null; importId: string }) {
  const ctx = await authorizeResource({ userId: args.userId, resource: { importId: args.importId }, permission: "evidence.write" });
  const imp = await openImportOrThrow(ctx, args.importId);
  await getDb().delete(feedbackImportRows).where(eq(feedbackImportRows.importId, imp.id));
  await getDb().update(feedbackImports).set({ status: "discarded" }).where(eq(feedbackImports.id, imp.id));
  return { importId: imp.id };
}

/**
 * Valid rows go in as one JSON parameter expanded by jsonb_to_recordset: a chunk of
 * 5,000 rows as 60,000 bind parameters is several times slower and near PostgreSQL's
 * limit of 65,535.
 */
async function insertStagedRows(tx: DbOrTx, rows: Array<typeof feedbackImportRows.$inferInsert>): Promise<number> {
  if (rows.length === 0) return 0;
  const json = JSON.stringify(
    rows.map((r) => ({
      import_id: r.importId,
      row_number: r.rowNumber,
      workspace_id: r.workspaceId,
      map_id: r.mapId,
      touchpoint_id: r.touchpointId,
      csat: r.csat,
      nps: r.nps,
      ces: r.ces,
      comment: r.comment,
      channel: r.channel,
      respondent_key: r.respondentKey,
      responded_at: r.respondedAt.toISOString(),
    })),
  );
  const result = await tx.execute(sql`
    insert into ${feedbackImportRows} (import_id, row_number, workspace_id, map_id, touchpoint_id, csat, nps, ces, comment, channel, respondent_key, responded_at)
    select * from jsonb_to_recordset(${json}::jsonb) as x(
      import_id uuid, row_number integer, workspace_id uuid, map_id uuid, touchpoint_id uuid, csat smallint, nps smallint,
      ces smallint, comment text, channel text, respondent_key text, responded_at timestamptz)
    on conflict do nothing`);
  return affected(result);
}

/** Row count of an INSERT run through `execute`, on postgres-js and PGlite alike. */
function affected(result: unknown): number {
  const r = result as { count?: number; affectedRows?: number };
  return Number(r.count ?? r.affectedRows ?? 0);
}

const REPORT_FIELDS: CsvField[] = ["touchpoint", "csat", "nps", "ces", "comment", "channel", "responded_at"];

/**
 * The refused rows of an import as CSV: the file's line number, every reason in the
 * reader's language, then the row's values (never the respondent, which is not kept).
 * Values come from an uploaded file, so they are written formula-neutralised.
 */
export async function importReportCsv(args: { userId: string | null; importId: string; translate: (key: string) => string }) {
  const ctx = await authorizeResource({ userId: args.userId, resource: { importId: args.importId }, permission: "evidence.read" });
  const [imp] = await getDb()
    .select({ id: feedbackImports.id, fileName: feedbackImports.fileName })
    .from(feedbackImports)
    .where(and(eq(feedbackImports.workspaceId, ctx.workspaceId), eq(feedbackImports.id, args.importId)));
  if (!imp) throw new AppError("NOT_FOUND", "IMPORT_NOT_FOUND");
  const rows = await getDb()
    .select({ rowNumber: feedbackImportRejections.rowNumber, values: feedbackImportRejections.values, reasons: feedbackImportRejections.reasons })
    .from(feedbackImportRejections)
    .where(eq(feedbackImportRejections.importId, imp.id))
    .orderBy(asc(feedbackImportRejections.rowNumber));
  let csv = CSV_BOM + csvLine([args.translate("row"), args.translate("reasons"), ...REPORT_FIELDS.map((f) => args.translate(`field.${f}`))]);
  for (const row of rows) {
    const reasons = row.reasons.map((r) => `${args.translate(`field.${r.field}`)}: ${args.translate(`reason.${r.message}`)}`).join("; ");
    csv += csvLine([row.rowNumber, reasons, ...REPORT_FIELDS.map((f) => row.values[f] ?? "")]);
  }
  return { csv, fileName: `${(imp.fileName || "import").replace(/\.csv$/i, "").replace(/[^\w.-]+/g, "_")}-rejected.csv` };
}
