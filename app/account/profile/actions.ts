"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requestEmailChange } from "@/lib/account/change-email";
import { deleteAccount } from "@/lib/account/delete-account";
import { updateProfile } from "@/lib/account/profile";
import type { FormState } from "@/lib/actions/action-result";
import { toActionError } from "@/lib/actions/workspace-operation";
import { getCurrentUser } from "@/lib/auth/session";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";

export async function updateProfileAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "UNAUTHORIZED" };
  try {
    const saved = await updateProfile(user.id, form);
    (await cookies()).set(LOCALE_COOKIE, saved.locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath("/", "layout");
  return { ok: true, data: undefined };
}

export async function requestEmailChangeAction(_prev: FormState<{ sentTo: string }>, form: FormData): Promise<FormState<{ sentTo: string }>> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "UNAUTHORIZED" };
  try {
    return { ok: true, data: await requestEmailChange({ userId: user.id, email: user.email }, form) };
  } catch (error) {
    return toActionError(error);
  }
}

export async function deleteAccountAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "UNAUTHORIZED" };
  try {
    await deleteAccount({ userId: user.id, email: user.email }, form);
  } catch (error) {
    return toActionError(error);
  }
  // The session row went with the account; the cookie opens nothing any more.
  redirect("/sign-in?deleted=1");
}
