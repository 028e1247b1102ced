"use server";
import type { FormState } from "@/lib/actions/action-result";
import { changePassword } from "@/lib/auth/change-password";
import { getCurrentUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors/app-error";

export async function changePasswordAction(_prev: FormState<{ endedSessions: number }>, form: FormData): Promise<FormState<{ endedSessions: number }>> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "UNAUTHORIZED" };
  try {
    return { ok: true, data: await changePassword({ userId: user.id, sessionId: user.sessionId }, form) };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: error.messageKey, fieldErrors: error.fieldErrors };
    throw error;
  }
}
