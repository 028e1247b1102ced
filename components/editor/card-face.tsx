"use client";
import { CalendarDays, Hand, MessageSquare, Monitor, TriangleAlert, User } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { CardData } from "@/lib/journey/map-document";
import { isOpportunityScore } from "@/lib/journey/map-vocabulary";
import { ChannelIcon } from "./channel-icon";
import { useEditor } from "./editor-context";

/** The small facts a card shows on the grid besides its text. */
export function CardFacts({ card, openComments }: { card: CardData; openComments: number }) {
  const t = useTranslations("editor");
  const format = useFormatter();
  const { members } = useEditor();
  const facts: React.ReactNode[] = [];
  if (card.kind === "touchpoint") {
    if (card.channel)
      facts.push(
        <span key="channel" className="inline-flex items-center gap-1">
          <ChannelIcon channel={card.channel} />
          {t(`channels.${card.channel}`)}
        </span>,
      );
    if (card.medium)
      facts.push(
        <span key="medium" className="inline-flex items-center gap-1">
          {card.medium === "digital" ? <Monitor aria-hidden className="h-3 w-3" /> : <Hand aria-hidden className="h-3 w-3" />}
          {t(`medium.${card.medium}`)}
        </span>,
      );
    if (card.department) facts.push(<span key="dept">{card.department}</span>);
    if (card.critical)
      facts.push(
        <span key="critical" className="inline-flex items-center gap-1 font-semibold text-destructive">
          <TriangleAlert aria-hidden className="h-3 w-3" />
          {t("touchpoint.critical")}
        </span>,
      );
  }
  if (card.kind === "opportunity") {
    facts.push(
      <span key="status" className="rounded bg-muted px-1 font-medium">
        {t(`statuses.${card.status ?? "idea"}`)}
      </span>,
    );
    const owner = card.ownerId ? members.find((m) => m.userId === card.ownerId)?.name : card.owner ? t("opportunity.unassignedShort", { owner: card.owner }) : undefined;
    if (owner)
      facts.push(
        <span key="owner" className="inline-flex items-center gap-1">
          <User aria-hidden className="h-3 w-3" />
          {owner}
        </span>,
      );
    if (card.dueDate && /^\d{4}-\d{2}-\d{2}$/.test(card.dueDate))
      facts.push(
        <span key="due" className="inline-flex items-center gap-1">
          <CalendarDays aria-hidden className="h-3 w-3" />
          {format.dateTime(new Date(`${card.dueDate}T00:00:00`), { dateStyle: "medium" })}
        </span>,
      );
  }
  if (card.kind === "opportunity" && isOpportunityScore(card.customerValue) && isOpportunityScore(card.effort))
    facts.push(<span key="scores">{t("opportunity.facts", { value: card.customerValue, effort: card.effort })}</span>);
  if (openComments > 0)
    facts.push(
      <span key="comments" className="inline-flex items-center gap-1">
        <MessageSquare aria-hidden className="h-3 w-3" />
        {t("comments.count", { count: openComments })}
      </span>,
    );
  if (facts.length === 0) return null;
  return <div className="mt-1 flex flex-wrap gap-x-2 gap-y-0.5 text-[11px] text-muted-foreground">{facts}</div>;
}
