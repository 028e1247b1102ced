"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import { revokeShareLinkAction } from "@/app/w/[slug]/maps/[mapId]/share/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyField } from "@/components/ui/copy-field";
import type { ShareLinkView } from "@/lib/sharing/share-links";
import { cn } from "@/lib/utils";

/** The map's share links: each to copy again or turn off, with what it shows and how often it was opened. */
export function ShareLinkList({ slug, mapId, links, timeZone }: { slug: string; mapId: string; links: ShareLinkView[]; timeZone: string }) {
  const t = useTranslations("sharing.manage");
  const tErrors = useTranslations("sharing.errors");
  const format = useFormatter();
  const [pending, startTransition] = useTransition();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone });
  // The stored expiry is the start of the day after the last day; show the last day.
  const lastDay = (iso: string) => format.dateTime(new Date(new Date(iso).getTime() - 1), { dateStyle: "medium", timeZone });
  return (
    <ul className="grid gap-4">
      {links.map((link) => {
        const label = t("linkLabel", { when: when(link.createdAt) });
        const facts = [
          link.includeDashboard ? t("withDashboard") : t("mapOnly"),
          link.hasPassword ? t("withPassword") : null,
          link.expiresAt ? t("untilDay", { day: lastDay(link.expiresAt) }) : null,
          link.createdByName ? t("by", { name: link.createdByName }) : null,
          t("views", { count: link.viewCount }),
          link.lastViewedAt ? t("lastViewed", { when: when(link.lastViewedAt) }) : null,
        ].filter(Boolean);
        return (
          <li key={link.id} data-testid="share-link" data-status={link.status} className="grid gap-2 border-b border-border pb-4 last:border-0 last:pb-0">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="text-sm font-medium">{label}</span>
              <span
                className={cn(
                  "rounded-full px-2 py-0.5 text-xs font-medium",
                  link.status === "live" ? "bg-emerald-100 text-emerald-900" : "bg-muted text-muted-foreground",
                )}
              >
                {t(`status.${link.status}`)}
              </span>
            </div>
            {link.status === "live" && <CopyField value={link.url} aria-label={label} copyLabel={t("copy")} copiedMessage={t("copied")} />}
            <p className="text-xs text-muted-foreground">{facts.join(" · ")}</p>
            {link.status === "live" && (
              <ConfirmDialog
                trigger={
                  <Button variant="outline" size="sm" className="justify-self-start text-destructive" disabled={pending}>
                    {t("revoke")}
                  </Button>
                }
                title={t("revokeTitle")}
                description={t("revokeDescription")}
                confirmLabel={t("revokeConfirm")}
                cancelLabel={t("cancel")}
                onConfirm={() =>
                  startTransition(async () => {
                    const result = await revokeShareLinkAction(slug, mapId, link.id).catch(() => ({ ok: false as const, error: "UNEXPECTED" }));
                    if (result.ok) toast.success(t("revoked"));
                    else toast.error(tErrors.has(result.error) ? tErrors(result.error) : tErrors("UNEXPECTED"));
                  })
                }
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
