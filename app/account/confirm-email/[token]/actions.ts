"use server";
import { confirmEmailChange } from "@/lib/account/change-email";
import type { FormState } from "@/lib/actions/action-result";
import { toActionError } from "@/lib/actions/workspace-operation";

export async function confirmEmailAction(_prev: FormState<{ email: string }>, form: FormData): Promise<FormState<{ email: string }>> {
  try {
    return { ok: true, data: await confirmEmailChange(form) };
  } catch (error) {
    return toActionError(error);
  }
}
