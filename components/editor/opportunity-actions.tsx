"use client";
import { ClipboardCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState, useTransition } from "react";
import { toast } from "sonner";
import { addActionFromOpportunityAction, listOpportunityActionsAction } from "@/app/w/[slug]/maps/[mapId]/actions";
import { Button } from "@/components/ui/button";
import type { CardData } from "@/lib/journey/map-document";
import type { OpportunityAction } from "@/lib/reviews/review-actions";
import { useEditor } from "./editor-context";

/**
 * The review actions made from this opportunity, with their status, and a button that
 * makes one (agreed in the current quarter, owned by the card's owner, due when it is due).
 */
export function OpportunityActions({ card }: { card: CardData }) {
  const t = useTranslations("editor.opportunity");
  const ts = useTranslations("editor.statuses");
  const { slug, mapId, canEdit } = useEditor();
  const [actions, setActions] = useState<OpportunityAction[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [pending, startTransition] = useTransition();

  const load = useCallback(async () => {
    const result = await listOpportunityActionsAction(slug, { mapId, opportunityId: card.id }).catch(() => null);
    if (result?.ok) setActions(result.data);
    else setFailed(true);
  }, [slug, mapId, card.id]);
  useEffect(() => {
    void load();
  }, [load]);

  const create = () =>
    startTransition(async () => {
      const result = await addActionFromOpportunityAction(slug, {
        mapId,
        opportunityId: card.id,
        title: card.text.trim() || t("untitled"),
        ownerId: card.ownerId ?? "",
        dueDate: card.dueDate ?? "",
      }).catch(() => null);
      if (result?.ok) {
        toast.success(t("actionCreated", { quarter: result.data.quarter }));
        await load();
      } else toast.error(t("actionFailed"));
    });

  return (
    <section aria-labelledby={`actions-${card.id}`} className="grid gap-2">
      <h3 id={`actions-${card.id}`} className="text-sm font-medium">
        {t("actionsTitle")}
      </h3>
      {failed ? (
        <p className="text-xs text-muted-foreground">{t("actionsUnavailable")}</p>
      ) : actions === null ? (
        <p className="text-xs text-muted-foreground">{t("actionsLoading")}</p>
      ) : actions.length === 0 ? (
        <p className="text-xs text-muted-foreground">{t("noActions")}</p>
      ) : (
        <ul className="grid gap-1" data-testid="opportunity-actions">
          {actions.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-border px-2 py-1.5 text-sm">
              <a href={`/w/${slug}/maps/${mapId}/review?quarter=${a.quarter}#action-${a.id}`} className="underline-offset-4 hover:underline">
                {a.title}
              </a>
              <span className="text-xs text-muted-foreground">
                {[ts(a.status), a.quarter, a.ownerName].filter(Boolean).join(" · ")}
              </span>
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <Button variant="outline" size="sm" className="justify-self-start" disabled={pending} onClick={create}>
          <ClipboardCheck aria-hidden className="h-4 w-4" />
          {t("createAction")}
        </Button>
      )}
    </section>
  );
}
