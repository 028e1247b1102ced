"use server";
import type { FormState } from "@/lib/actions/action-result";
import { runAsCurrentUser } from "@/lib/actions/run-as-current-user";
import { createAlertRule, deleteAlertRule } from "@/lib/alerts/manage-alert-rules";

export async function createAlertRuleAction(slug: string, _prev: FormState<{ ruleId: string }>, form: FormData): Promise<FormState<{ ruleId: string }>> {
  return runAsCurrentUser(createAlertRule, slug, Object.fromEntries(form), { path: `/w/${slug}/alerts` });
}

export async function deleteAlertRuleAction(slug: string, ruleId: string) {
  return runAsCurrentUser(deleteAlertRule, slug, { ruleId }, { path: `/w/${slug}/alerts` });
}
