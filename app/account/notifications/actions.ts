"use server";
import type { FormState } from "@/lib/actions/action-result";
import { toActionError } from "@/lib/actions/workspace-operation";
import { getCurrentUserId } from "@/lib/auth/session";
import { setNotificationPreferences } from "@/lib/notifications/preferences";

export async function saveNotificationPreferencesAction(_prev: FormState, form: FormData): Promise<FormState> {
  const userId = await getCurrentUserId();
  if (!userId) return { ok: false, error: "UNAUTHORIZED" };
  try {
    await setNotificationPreferences(userId, Object.fromEntries(form));
  } catch (error) {
    return toActionError(error);
  }
  return { ok: true, data: undefined };
}
