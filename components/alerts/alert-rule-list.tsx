"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import { deleteAlertRuleAction } from "@/app/w/[slug]/alerts/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { AlertRuleView } from "@/lib/alerts/manage-alert-rules";
import { cn } from "@/lib/utils";

export function AlertRuleList({ slug, rules, canManage, timeZone }: { slug: string; rules: AlertRuleView[]; canManage: boolean; timeZone: string }) {
  const t = useTranslations("alerts");
  const tErrors = useTranslations("alerts.errors");
  const format = useFormatter();
  const [pending, startTransition] = useTransition();
  return (
    <ul className="divide-y divide-border">
      {rules.map((r) => {
        const on = r.subjectKind === "workspace" ? t("allMaps") : [r.mapName, r.subjectName].filter(Boolean).join(" · ");
        const what = t(`describe.${r.kind}`, { threshold: r.threshold ?? 0, days: r.windowDays ?? 0, min: r.minAnswers });
        return (
          <li key={r.id} data-testid="alert-rule" data-firing={r.firing > 0} className="flex flex-wrap items-center justify-between gap-2 py-3">
            <div className="min-w-0">
              <p className="font-medium">{what}</p>
              <p className="text-xs text-muted-foreground">
                {on} · {r.lastFiredAt ? t("lastFired", { when: format.dateTime(new Date(r.lastFiredAt), { dateStyle: "medium", timeStyle: "short", timeZone }) }) : t("neverFired")}
              </p>
            </div>
            <div className="flex items-center gap-2">
              {r.kind !== "low_score_comment" && (
                <span className={cn("rounded-full px-2 py-0.5 text-xs font-medium", r.firing > 0 ? "bg-red-100 text-red-900" : "bg-emerald-100 text-emerald-900")}>{t("firing", { count: r.firing })}</span>
              )}
              {canManage && (
                <ConfirmDialog
                  trigger={
                    <Button variant="ghost" size="sm" className="text-destructive" disabled={pending} aria-label={`${t("delete")}: ${what}`}>
                      {t("delete")}
                    </Button>
                  }
                  title={t("deleteTitle")}
                  description={t("deleteDescription")}
                  confirmLabel={t("delete")}
                  cancelLabel={t("cancel")}
                  onConfirm={() =>
                    startTransition(async () => {
                      const result = await deleteAlertRuleAction(slug, r.id).catch(() => ({ ok: false as const, error: "UNEXPECTED" }));
                      if (result.ok) toast.success(t("deleted"));
                      else toast.error(tErrors.has(result.error) ? tErrors(result.error) : tErrors("UNEXPECTED"));
                    })
                  }
                />
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
