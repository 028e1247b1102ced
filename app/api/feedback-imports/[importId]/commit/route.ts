import { respondJson } from "@/lib/api/session-json";
import { getCurrentUserId } from "@/lib/auth/session";
import { commitFeedbackImport } from "@/lib/evidence/import/feedback-import";

type Context = { params: Promise<{ importId: string }> };

/** Stores every valid staged row in one transaction → { imported, rejected }. */
export async function POST(request: Request, { params }: Context) {
  return respondJson(request, async () => commitFeedbackImport({ userId: await getCurrentUserId(), importId: (await params).importId }));
}
