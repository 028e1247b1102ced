import { readSessionJson, respondJson } from "@/lib/api/session-json";
import { getCurrentUserId } from "@/lib/auth/session";
import { stageImportRows } from "@/lib/evidence/import/feedback-import";

type Context = { params: Promise<{ importId: string }> };

/** One chunk (≤ 5,000 mapped rows) of an import: { startRow, rows } → counts and the first refusals. */
export async function POST(request: Request, { params }: Context) {
  return respondJson(request, async () =>
    stageImportRows({ userId: await getCurrentUserId(), importId: (await params).importId, input: await readSessionJson(request, 25 * 1024 * 1024) }),
  );
}
