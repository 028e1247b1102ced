import "server-only";
import type { z } from "zod";
import { evaluateAlertRules } from "@/lib/alerts/evaluate";
import { withKpiStatusEvents } from "@/lib/webhooks/kpi-status-event";
import type { WorkspaceContext } from "@/lib/workspaces/authorize-workspace";
import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { type DbOrTx, getDb } from "@/db/client";
import { kpis, kpiValues, mapPhases, mapTouchpoints } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getMapOrThrow } from "@/lib/maps/get-map";
import { getKpiOrThrow } from "./get-kpi";
import { kpiResolver, validateKpiCsvRows, type AcceptedKpiValue, type ImportableKpi, type KpiRowRejection } from "./kpi-csv";
import { ZImportKpiValuesInput } from "./schemas";

/**
 * The KPIs of one map that can take values from a file: those of the workspace whose
 * touchpoint or phase is still on the map, with the name of that subject. `lock` holds
 * them (FOR SHARE) until the transaction ends, so none is deleted or changes its period
 * kind between validation and the write.
 */
export async function listImportableKpis(args: { workspaceId: string; mapId: string }, db: DbOrTx = getDb(), lock = false) {
  const query = db
    .select({ id: kpis.id, name: kpis.name, periodKind: kpis.periodKind, subject: sql<string>`coalesce(${mapTouchpoints.name}, ${mapPhases.name})` })
    .from(kpis)
    .leftJoin(mapTouchpoints, and(eq(mapTouchpoints.id, kpis.touchpointId), eq(mapTouchpoints.workspaceId, kpis.workspaceId)))
    .leftJoin(mapPhases, and(eq(mapPhases.id, kpis.phaseId), eq(mapPhases.workspaceId, kpis.workspaceId)))
    .where(
      and(
        eq(kpis.workspaceId, args.workspaceId),
        eq(kpis.mapId, args.mapId),
        or(and(isNull(kpis.phaseId), isNull(mapTouchpoints.deletedAt)), and(isNull(kpis.touchpointId), isNull(mapPhases.deletedAt))),
      ),
    )
    .orderBy(kpis.name, kpis.createdAt);
  return lock ? query.for("share", { of: kpis }) : query;
}

const PREVIEW_ROWS = 10;

export type KpiImportResult = {
  dryRun: boolean;
  total: number;
  /** Valid rows: imported, or (dry run) ready to import. */
  accepted: number;
  /** Of those, how many replace a value already recorded for their KPI and period. */
  replacing: number;
  rejections: KpiRowRejection[];
  /** The first valid rows as they will be stored, for the preview. */
  preview: Array<{ rowNumber: number; kpiName: string; periodStart: string; periodKind: ImportableKpi["periodKind"]; value: number }>;
};

/**
 * Values from a CSV file for one KPI (`kpiId`; the file has period and value) or for the
 * KPIs of one map (`mapId`; a kpi column names each row's KPI by id or name). Every row
 * is judged by the one row schema against the caller's own KPIs; the valid rows are
 * written in one transaction, each replacing the value its KPI had for that period
 * (source "csv"). With `dryRun` nothing is written: the same judgement, for the preview.
 */
export const importKpiValues = workspaceOperation({
  permission: "evidence.write",
  input: ZImportKpiValuesInput,
  handler: async (ctx, input): Promise<KpiImportResult> => {
    if (input.dryRun) return importInTransaction(ctx, input);
    // The KPIs the file can touch, to tell webhooks whose status the import moved.
    const touched = await getDb()
      .select()
      .from(kpis)
      .where(and(eq(kpis.workspaceId, ctx.workspaceId), input.kpiId ? eq(kpis.id, input.kpiId) : eq(kpis.mapId, input.mapId ?? "00000000-0000-0000-0000-000000000000")));
    const result = await withKpiStatusEvents(touched, () => importInTransaction(ctx, input));
    // Imported values can put a KPI off target (or back on): the alert rules are asked after the commit.
    if (!result.dryRun) await evaluateAlertRules(ctx.workspaceId, { kinds: ["kpi_off_target"] });
    return result;
  },
});

function importInTransaction(ctx: WorkspaceContext, input: z.output<typeof ZImportKpiValuesInput>): Promise<KpiImportResult> {
  return getDb().transaction(async (tx) => {
      let importable: ImportableKpi[];
      let only: ImportableKpi | undefined;
      if (input.kpiId) {
        const kpi = await getKpiOrThrow({ workspaceId: ctx.workspaceId, kpiId: input.kpiId }, tx);
        await tx.select({ id: kpis.id }).from(kpis).where(eq(kpis.id, kpi.id)).for("share");
        importable = [kpi];
        only = kpi;
      } else {
        const map = await getMapOrThrow({ workspaceId: ctx.workspaceId, mapId: input.mapId! }, tx);
        importable = await listImportableKpis({ workspaceId: ctx.workspaceId, mapId: map.id }, tx, true);
      }
      const { accepted, rejections } = validateKpiCsvRows(input.rows, kpiResolver(importable, only));
      const replacing = await countExisting(tx, ctx.workspaceId, accepted);
      const result: KpiImportResult = {
        dryRun: input.dryRun,
        total: input.rows.length,
        accepted: accepted.length,
        replacing,
        rejections,
        preview: accepted.slice(0, PREVIEW_ROWS).map((a) => ({ rowNumber: a.rowNumber, kpiName: a.kpi.name, periodStart: a.periodStart, periodKind: a.kpi.periodKind, value: a.value })),
      };
      if (input.dryRun || accepted.length === 0) return result;
      await tx
        .insert(kpiValues)
        .values(accepted.map((a) => ({ workspaceId: ctx.workspaceId, kpiId: a.kpi.id, periodStart: a.periodStart, value: a.value, source: "csv" as const })))
        .onConflictDoUpdate({
          target: [kpiValues.kpiId, kpiValues.periodStart],
          set: { value: sql`excluded.value`, source: sql`excluded.source`, updatedAt: sql`now()` },
        });
      await recordAuditEvent(tx, {
        workspaceId: ctx.workspaceId,
        actorId: ctx.userId,
        action: "kpi_values.imported",
        details: { name: input.fileName || "CSV", imported: String(accepted.length) },
      });
      return result;
  });
}

async function countExisting(db: DbOrTx, workspaceId: string, accepted: AcceptedKpiValue[]): Promise<number> {
  if (accepted.length === 0) return 0;
  const wanted = new Set(accepted.map((a) => `${a.kpi.id} ${a.periodStart}`));
  const rows = await db
    .select({ kpiId: kpiValues.kpiId, periodStart: kpiValues.periodStart })
    .from(kpiValues)
    .where(and(eq(kpiValues.workspaceId, workspaceId), inArray(kpiValues.kpiId, [...new Set(accepted.map((a) => a.kpi.id))])));
  return rows.filter((r) => wanted.has(`${r.kpiId} ${r.periodStart}`)).length;
}
