import type { WebhookEvent } from "@/db/schema/webhooks";

export type WebhookEnvelope = { id: string; event: WebhookEvent | "ping"; created_at: string; workspace: { id: string; slug: string }; data: Record<string, unknown> };

/** One line a person reads in a team chat for each event. */
function summary(envelope: WebhookEnvelope): string {
  const d = envelope.data as Record<string, unknown>;
  switch (envelope.event) {
    case "feedback.created":
      return `${d.count ?? 1} new feedback response(s) in ${envelope.workspace.slug}${typeof d.map_name === "string" ? ` on “${d.map_name}”` : ""}.`;
    case "map.updated":
      return `The map “${String(d.map_name ?? "")}” was edited.`;
    case "kpi.status_changed":
      return `KPI “${String(d.kpi_name ?? "")}” is now ${String(d.status ?? "")} (was ${String(d.previous_status ?? "none")}).`;
    case "alert.fired":
      return `Alert: ${String(d.rule ?? "")} (${String(d.value ?? "")}).`;
    case "review.completed":
      return `The ${String(d.quarter ?? "")} review of “${String(d.map_name ?? "")}” was completed.`;
    case "ping":
      return "Journeyboard test event: this webhook works.";
  }
}

/** The request body for an endpoint's format: our envelope, or a Slack-compatible message. */
export function webhookBody(format: "json" | "slack", envelope: WebhookEnvelope): string {
  if (format === "json") return JSON.stringify(envelope);
  const text = summary(envelope);
  return JSON.stringify({ text, blocks: [{ type: "section", text: { type: "mrkdwn", text } }] });
}
