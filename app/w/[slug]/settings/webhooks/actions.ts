"use server";
import type { FormState } from "@/lib/actions/action-result";
import { runAsCurrentUser } from "@/lib/actions/run-as-current-user";
import { createWebhook, deleteWebhook, replayWebhookDelivery, sendTestWebhook, setWebhookSettings } from "@/lib/webhooks/manage-webhooks";

const page = (slug: string) => ({ path: `/w/${slug}/settings/webhooks` });

export async function createWebhookAction(slug: string, _prev: FormState<{ endpointId: string }>, form: FormData): Promise<FormState<{ endpointId: string }>> {
  const input = { url: form.get("url"), format: form.get("format") ?? undefined, events: form.getAll("events") };
  const result = await runAsCurrentUser(createWebhook, slug, input, page(slug));
  return result.ok ? { ok: true, data: { endpointId: result.data.endpointId } } : result;
}

export async function deleteWebhookAction(slug: string, endpointId: string) {
  return runAsCurrentUser(deleteWebhook, slug, { endpointId }, page(slug));
}

export async function sendTestWebhookAction(slug: string, endpointId: string) {
  return runAsCurrentUser(sendTestWebhook, slug, { endpointId }, page(slug));
}

export async function replayWebhookDeliveryAction(slug: string, deliveryId: string) {
  return runAsCurrentUser(replayWebhookDelivery, slug, { deliveryId }, page(slug));
}

export async function saveWebhookSettingsAction(slug: string, _prev: FormState, form: FormData): Promise<FormState> {
  const result = await runAsCurrentUser(setWebhookSettings, slug, { allowPrivateTargets: form.get("allowPrivateTargets") ?? false }, page(slug));
  return result.ok ? { ok: true, data: undefined } : result;
}
