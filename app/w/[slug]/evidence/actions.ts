"use server";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/action-result";
import type { WorkspaceOperation } from "@/lib/actions/workspace-operation";
import { runAsCurrentUser } from "@/lib/actions/run-as-current-user";
import { getCurrentUserId } from "@/lib/auth/session";
import { createFeedbackForm, rotateFeedbackFormLink, setFeedbackFormPaused, updateFeedbackFormQuestions } from "@/lib/evidence/forms/manage-feedback-form";
import { createKpi } from "@/lib/evidence/kpis/create-kpi";
import { importKpiValues } from "@/lib/evidence/kpis/import-kpi-values";
import { deleteKpiValue, setKpiValue } from "@/lib/evidence/kpis/kpi-values";
import { deleteKpi } from "@/lib/evidence/kpis/update-kpi";

const run = <R>(operation: WorkspaceOperation<R>, slug: string, input: unknown) =>
  runAsCurrentUser(operation, slug, input, { path: `/w/${slug}/evidence` });

export async function createFeedbackFormAction(slug: string, _prev: FormState<{ formId: string; publicToken: string }>, form: FormData) {
  return run(createFeedbackForm, slug, form);
}
export async function updateFeedbackFormQuestionsAction(slug: string, _prev: FormState<{ formId: string }>, form: FormData) {
  return run(updateFeedbackFormQuestions, slug, form);
}
export async function setFeedbackFormPausedAction(slug: string, input: { formId: string; paused: boolean }) {
  return run(setFeedbackFormPaused, slug, input);
}
export async function rotateFeedbackFormLinkAction(slug: string, input: { formId: string }) {
  return run(rotateFeedbackFormLink, slug, input);
}
export async function createKpiAction(slug: string, _prev: FormState<{ kpiId: string }>, form: FormData) {
  return run(createKpi, slug, form);
}
export async function deleteKpiAction(slug: string, input: { kpiId: string }) {
  return run(deleteKpi, slug, input);
}
export async function setKpiValueAction(slug: string, _prev: FormState<{ kpiId: string; periodStart: string; value: number }>, form: FormData) {
  return run(setKpiValue, slug, form);
}
export async function deleteKpiValueAction(slug: string, input: { kpiId: string; periodStart: string }) {
  return run(deleteKpiValue, slug, input);
}
/** A dry run only reads; a real import changes the page's figures. */
export async function importKpiValuesAction(slug: string, input: unknown) {
  const result = await importKpiValues(await getCurrentUserId(), { slug }, input);
  if (result.ok && !result.data.dryRun && result.data.accepted > 0) revalidatePath(`/w/${slug}/evidence`);
  return result;
}
