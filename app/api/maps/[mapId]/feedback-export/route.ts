import { getCurrentUserId } from "@/lib/auth/session";
import { feedbackExportResponse } from "@/lib/evidence/export/feedback-export";

/** The map's feedback as CSV (?touchpoint_id=, ?since=YYYY-MM-DD, ?until=YYYY-MM-DD). */
export async function GET(request: Request, { params }: { params: Promise<{ mapId: string }> }) {
  return feedbackExportResponse({ request, userId: await getCurrentUserId(), mapId: (await params).mapId });
}
