"use server";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/action-result";
import type { WorkspaceOperation } from "@/lib/actions/workspace-operation";
import { runAsCurrentUser } from "@/lib/actions/run-as-current-user";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { inviteMember } from "@/lib/members/invite-member";
import { issueMemberResetLink } from "@/lib/members/issue-reset-link";
import { leaveWorkspace, removeMember } from "@/lib/members/remove-member";
import { revokeInvitation } from "@/lib/members/revoke-invitation";
import { renewInvitationLink } from "@/lib/members/renew-invitation-link";

const run = <R>(operation: WorkspaceOperation<R>, slug: string, input: unknown) =>
  runAsCurrentUser(operation, slug, input, { path: `/w/${slug}/members` });

export async function inviteMemberAction(slug: string, _prev: FormState<{ url: string; mailed: boolean; hasAccount: boolean }>, form: FormData) {
  return run(inviteMember, slug, form);
}

export async function changeMemberRoleAction(slug: string, input: { userId: string; role: string }) {
  return run(changeMemberRole, slug, input);
}

export async function removeMemberAction(slug: string, input: { userId: string }) {
  return run(removeMember, slug, input);
}

export async function revokeInvitationAction(slug: string, input: { invitationId: string }) {
  return run(revokeInvitation, slug, input);
}

export async function renewInvitationLinkAction(slug: string, input: { invitationId: string }) {
  return run(renewInvitationLink, slug, input);
}

export async function leaveWorkspaceAction(slug: string) {
  const result = await run(leaveWorkspace, slug, {});
  if (result.ok) redirect("/");
  return result;
}

export async function issueResetLinkAction(slug: string, input: { userId: string }) {
  return run(issueMemberResetLink, slug, input);
}
