import "server-only";
import { and, eq } from "drizzle-orm";
import { type DbOrTx, getDb } from "@/db/client";
import { feedbackForms } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";

/** The form `formId` of the workspace, or NOT_FOUND. */
export async function getFeedbackFormOrThrow(args: { workspaceId: string; formId: string }, db: DbOrTx = getDb()) {
  const [form] = await db
    .select()
    .from(feedbackForms)
    .where(and(eq(feedbackForms.workspaceId, args.workspaceId), eq(feedbackForms.id, args.formId)))
    .limit(1);
  if (!form) throw new AppError("NOT_FOUND", "FORM_NOT_FOUND", { formId: ["FORM_NOT_FOUND"] });
  return form;
}
