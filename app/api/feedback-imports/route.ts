import { readSessionJson, respondJson } from "@/lib/api/session-json";
import { getCurrentUserId } from "@/lib/auth/session";
import { startFeedbackImport } from "@/lib/evidence/import/feedback-import";

/** Starts a CSV import into a map: { mapId, fileName } → { importId }. */
export async function POST(request: Request) {
  return respondJson(request, async () => startFeedbackImport({ userId: await getCurrentUserId(), input: await readSessionJson(request) }), 201);
}
