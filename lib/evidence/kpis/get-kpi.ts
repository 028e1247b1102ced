import "server-only";
import { and, eq } from "drizzle-orm";
import { type DbOrTx, getDb } from "@/db/client";
import { kpis } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";

/** The KPI `kpiId` of the workspace, or NOT_FOUND (another tenant's KPI looks the same as none). */
export async function getKpiOrThrow(args: { workspaceId: string; kpiId: string }, db: DbOrTx = getDb()) {
  const [kpi] = await db
    .select()
    .from(kpis)
    .where(and(eq(kpis.workspaceId, args.workspaceId), eq(kpis.id, args.kpiId)))
    .limit(1);
  if (!kpi) throw new AppError("NOT_FOUND", "KPI_NOT_FOUND", { kpiId: ["KPI_NOT_FOUND"] });
  return kpi;
}
