"use server";
import { headers } from "next/headers";
import type { FormState } from "@/lib/actions/action-result";
import { toActionError } from "@/lib/actions/workspace-operation";
import { submitPublicFeedback } from "@/lib/evidence/forms/public-form";

/** A customer's answer; no account, so no session — the token is the only credential. */
export async function submitFeedbackAction(token: string, _prev: FormState, form: FormData): Promise<FormState> {
  try {
    await submitPublicFeedback({ token, headers: await headers(), input: form });
    return { ok: true, data: undefined };
  } catch (error) {
    return toActionError(error);
  }
}
