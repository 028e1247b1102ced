import { getCurrentUserId } from "@/lib/auth/session";
import { mapEvidenceResponse } from "@/lib/evidence/map-evidence";

/** Scores and KPI status of a map's touchpoints (or one touchpoint's panel with ?touchpointId=). */
export async function GET(request: Request, { params }: { params: Promise<{ mapId: string }> }) {
  return mapEvidenceResponse({ request, userId: await getCurrentUserId(), mapId: (await params).mapId });
}
