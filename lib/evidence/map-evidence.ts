import "server-only";
import { errorResponse, jsonResponse } from "@/lib/api/error-response";
import { AppError } from "@/lib/errors/app-error";
import { authorizeResource } from "./authorize-resource";
import { summariseKpiStatus } from "./kpis/kpi-summary";
import { listKpis } from "./kpis/list-kpis";
import { getTouchpointEvidence, getTouchpointScores } from "./touchpoint-scores";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * GET /api/maps/{mapId}/evidence — for the editor's evidence view, polled: every live
 * touchpoint's scores and tint, per touchpoint/phase the KPI status counts, and per KPI
 * its latest value and status (for the KPI cards on the map).
 * With ?touchpointId=…, that touchpoint's side panel data instead.
 */
export async function mapEvidenceResponse(args: { request: Request; userId: string | null; mapId: string }): Promise<Response> {
  try {
    const ctx = await authorizeResource({ userId: args.userId, resource: { mapId: args.mapId }, permission: "evidence.read" });
    const touchpointId = new URL(args.request.url).searchParams.get("touchpointId");
    if (touchpointId !== null) {
      if (!UUID.test(touchpointId)) throw new AppError("NOT_FOUND", "TOUCHPOINT_NOT_FOUND");
      const evidence = await getTouchpointEvidence({ workspaceId: ctx.workspaceId, touchpointId, timeZone: ctx.workspace.timeZone });
      if (evidence.touchpoint.mapId !== args.mapId) throw new AppError("NOT_FOUND", "TOUCHPOINT_NOT_FOUND");
      return jsonResponse(evidence);
    }
    const [scores, kpis] = await Promise.all([
      getTouchpointScores({ workspaceId: ctx.workspaceId, mapId: args.mapId }),
      listKpis({ workspaceId: ctx.workspaceId, mapId: args.mapId }),
    ]);
    const kpiValues = Object.fromEntries(
      kpis.map((k) => [k.id, { name: k.name, unit: k.unit, latest: k.latest && { value: k.latest.value, status: k.latest.status } }]),
    );
    return jsonResponse({ scores, kpis: summariseKpiStatus(kpis), kpiValues });
  } catch (error) {
    return errorResponse(error);
  }
}
