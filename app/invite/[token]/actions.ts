"use server";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/action-result";
import { toActionError } from "@/lib/actions/workspace-operation";
import { getCurrentUserId } from "@/lib/auth/session";
import { acceptInvitation } from "@/lib/members/accept-invitation";

export async function acceptInvitationAction(token: string, _prev: FormState): Promise<FormState> {
  let slug: string;
  try {
    slug = (await acceptInvitation(await getCurrentUserId(), token)).slug;
  } catch (error) {
    return toActionError(error);
  }
  redirect(`/w/${slug}`);
}
