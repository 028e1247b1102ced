"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { deleteWorkspace } from "@/lib/workspaces/delete-workspace";
import { updatePrivacySettings } from "@/lib/privacy/privacy-settings";
import { countRespondentResponses, eraseRespondentResponses, exportRespondentResponses } from "@/lib/privacy/respondent-requests";
import type { TPrivacySettingsInput } from "@/lib/privacy/schemas";
import { transferOwnership } from "@/lib/workspaces/transfer-ownership";
import type { FormState } from "@/lib/actions/action-result";
import { getCurrentUser, getCurrentUserId } from "@/lib/auth/session";
import { addSsoDomain, removeSsoDomain } from "@/lib/sso/sso-domains";
import { setSsoRequired } from "@/lib/sso/sso-required";
import { requestWorkspaceExport } from "@/lib/workspaces/workspace-exports";
import { renameWorkspace } from "@/lib/workspaces/rename-workspace";
import { updateWorkspaceRegion } from "@/lib/workspaces/update-workspace-region";
import { removeFormLogo, updateFormBranding, uploadFormLogo } from "@/lib/evidence/forms/form-branding";

export async function renameWorkspaceAction(slug: string, _prev: FormState<{ name: string }>, form: FormData) {
  const result = await renameWorkspace(await getCurrentUserId(), { slug }, form);
  if (result.ok) revalidatePath(`/w/${slug}`, "layout");
  return result;
}

export async function updateWorkspaceRegionAction(slug: string, _prev: FormState<{ locale: string; timeZone: string; changed: boolean }>, form: FormData) {
  const result = await updateWorkspaceRegion(await getCurrentUserId(), { slug }, form);
  if (result.ok && result.data.changed) revalidatePath(`/w/${slug}`, "layout");
  return result;
}

export async function transferOwnershipAction(slug: string, _prev: FormState<{ ownerId: string }>, form: FormData) {
  const result = await transferOwnership(await getCurrentUserId(), { slug }, form);
  if (result.ok) revalidatePath(`/w/${slug}`, "layout");
  return result;
}

export async function deleteWorkspaceAction(slug: string, _prev: FormState<{ deleted: boolean }>, form: FormData) {
  const result = await deleteWorkspace(await getCurrentUserId(), { slug }, form);
  if (result.ok) redirect("/");
  return result;
}

export async function updatePrivacySettingsAction(slug: string, _prev: FormState<TPrivacySettingsInput>, form: FormData) {
  const result = await updatePrivacySettings(await getCurrentUserId(), { slug }, form);
  if (result.ok) revalidatePath(`/w/${slug}`, "layout");
  return result;
}

export async function countRespondentAction(slug: string, input: { identifier: string }) {
  return countRespondentResponses(await getCurrentUserId(), { slug }, input);
}

export async function exportRespondentAction(slug: string, input: { identifier: string }) {
  return exportRespondentResponses(await getCurrentUserId(), { slug }, input);
}

export async function eraseRespondentAction(slug: string, input: { identifier: string; expectedCount: number }) {
  const result = await eraseRespondentResponses(await getCurrentUserId(), { slug }, input);
  if (result.ok) revalidatePath(`/w/${slug}`, "layout");
  return result;
}

export async function addSsoDomainAction(slug: string, _prev: FormState<{ domain: string; role: string }>, form: FormData) {
  const result = await addSsoDomain(await getCurrentUserId(), { slug }, form);
  if (result.ok) revalidatePath(`/w/${slug}/settings`);
  return result;
}

export async function removeSsoDomainAction(slug: string, input: { domain: string }) {
  const result = await removeSsoDomain(await getCurrentUserId(), { slug }, input);
  if (result.ok) revalidatePath(`/w/${slug}/settings`);
  return result;
}

export async function setSsoRequiredAction(slug: string, input: { required: boolean }) {
  const user = await getCurrentUser();
  const result = await setSsoRequired({ userId: user?.id ?? null, authMethod: user?.authMethod ?? null }, { slug }, input);
  if (result.ok) revalidatePath(`/w/${slug}/settings`);
  return result;
}

export async function requestWorkspaceExportAction(slug: string) {
  const result = await requestWorkspaceExport(await getCurrentUserId(), { slug }, {});
  if (result.ok) revalidatePath(`/w/${slug}/settings`);
  return result;
}

export async function updateFormBrandingAction(slug: string, _prev: FormState<{ displayName: string | null; accentColor: string | null; changed: boolean }>, form: FormData) {
  const result = await updateFormBranding(await getCurrentUserId(), { slug }, form);
  if (result.ok && result.data.changed) revalidatePath(`/w/${slug}/settings`);
  return result;
}

export async function uploadFormLogoAction(slug: string, _prev: FormState<{ logoVersion: string }>, form: FormData) {
  const result = await uploadFormLogo(await getCurrentUserId(), { slug }, form);
  if (result.ok) revalidatePath(`/w/${slug}/settings`);
  return result;
}

export async function removeFormLogoAction(slug: string) {
  const result = await removeFormLogo(await getCurrentUserId(), { slug }, {});
  if (result.ok) revalidatePath(`/w/${slug}/settings`);
  return result;
}
