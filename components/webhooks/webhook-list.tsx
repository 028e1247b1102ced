"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useTransition } from "react";
import { toast } from "sonner";
import { deleteWebhookAction, replayWebhookDeliveryAction, sendTestWebhookAction } from "@/app/w/[slug]/settings/webhooks/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyField } from "@/components/ui/copy-field";
import { Label } from "@/components/ui/label";
import type { ActionResult } from "@/lib/actions/action-result";
import type { WebhookView } from "@/lib/webhooks/manage-webhooks";
import { cn } from "@/lib/utils";

const STATUS_LOOK = { succeeded: "bg-emerald-100 text-emerald-900", pending: "bg-amber-100 text-amber-900", failed: "bg-red-100 text-red-900" } as const;

/** The endpoints with their secret, a test button and the latest deliveries (each can be sent again). */
export function WebhookList({ slug, endpoints, timeZone }: { slug: string; endpoints: WebhookView[]; timeZone: string }) {
  return (
    <ul className="grid gap-6">
      {endpoints.map((e) => (
        <Endpoint key={e.id} slug={slug} endpoint={e} timeZone={timeZone} />
      ))}
    </ul>
  );
}

function Endpoint({ slug, endpoint, timeZone }: { slug: string; endpoint: WebhookView; timeZone: string }) {
  const t = useTranslations("webhooks");
  const tErrors = useTranslations("webhooks.errors");
  const format = useFormatter();
  const secretId = useId();
  const [pending, startTransition] = useTransition();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "medium", timeZone });
  const run = (work: () => Promise<ActionResult<unknown>>, done: string) =>
    startTransition(async () => {
      const result = await work().catch(() => ({ ok: false as const, error: "UNEXPECTED" }));
      if (result.ok) toast.success(done);
      else toast.error(tErrors.has(result.error) ? tErrors(result.error) : tErrors("UNEXPECTED"));
    });
  return (
    <li data-testid="webhook" className="grid gap-3 border-b border-border pb-6 last:border-0 last:pb-0">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="break-all font-medium">{endpoint.url}</p>
        <span className="text-xs text-muted-foreground">{t(`formats.${endpoint.format}`)}</span>
      </div>
      <p className="text-xs text-muted-foreground">{endpoint.events.map((ev) => (t.has(`eventNames.${ev.replace(".", "_")}`) ? t(`eventNames.${ev.replace(".", "_")}`) : ev)).join(" · ")}</p>
      <div className="grid gap-1.5">
        <Label htmlFor={secretId}>{t("secret")}</Label>
        <CopyField id={secretId} value={endpoint.secret} copyLabel={t("copy")} copiedMessage={t("copied")} className="font-mono text-xs" />
        <p className="text-xs text-muted-foreground">{t("secretHint")}</p>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button variant="outline" size="sm" disabled={pending} onClick={() => run(() => sendTestWebhookAction(slug, endpoint.id), t("testSent"))}>
          {t("test")}
        </Button>
        <ConfirmDialog
          trigger={
            <Button variant="outline" size="sm" className="text-destructive" disabled={pending}>
              {t("delete")}
            </Button>
          }
          title={t("deleteTitle")}
          description={t("deleteDescription", { url: endpoint.url })}
          confirmLabel={t("delete")}
          cancelLabel={t("cancel")}
          onConfirm={() => run(() => deleteWebhookAction(slug, endpoint.id), t("deleted"))}
        />
      </div>
      <div className="grid gap-2">
        <h3 className="text-sm font-medium">{t("deliveries")}</h3>
        {endpoint.deliveries.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("noDeliveries")}</p>
        ) : (
          <ul className="grid gap-2">
            {endpoint.deliveries.map((d) => (
              <li key={d.id} data-testid="webhook-delivery" data-status={d.status} className="grid gap-1 rounded-md border border-border p-2 text-xs">
                <div className="flex flex-wrap items-center gap-2">
                  <span className={cn("rounded-full px-2 py-0.5 font-medium", STATUS_LOOK[d.status])}>{t(`status.${d.status}`)}</span>
                  <code>{d.event}</code>
                  <span className="text-muted-foreground">{when(d.createdAt)}</span>
                  <span className="text-muted-foreground">
                    {[t("attempts", { count: d.attempts }), d.lastStatusCode ? t("answer", { code: d.lastStatusCode }) : d.attempts > 0 ? t("noAnswer") : null, d.nextAttemptAt ? t("nextAttempt", { when: when(d.nextAttemptAt) }) : null]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                  {d.status !== "pending" && (
                    <Button variant="ghost" size="sm" className="ml-auto h-7" disabled={pending} onClick={() => run(() => replayWebhookDeliveryAction(slug, d.id), t("replayed"))}>
                      {t("replay")}
                    </Button>
                  )}
                </div>
                {d.lastResponse && <pre className="max-h-24 overflow-auto whitespace-pre-wrap break-all rounded bg-muted p-1.5 text-[11px]">{d.lastResponse}</pre>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}
