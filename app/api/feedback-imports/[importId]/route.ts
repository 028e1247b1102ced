import { respondJson } from "@/lib/api/session-json";
import { getCurrentUserId } from "@/lib/auth/session";
import { discardFeedbackImport } from "@/lib/evidence/import/feedback-import";

type Context = { params: Promise<{ importId: string }> };

/** Abandons an open import and what it staged. */
export async function DELETE(request: Request, { params }: Context) {
  return respondJson(request, async () => discardFeedbackImport({ userId: await getCurrentUserId(), importId: (await params).importId }));
}
