"use client";
import { CheckCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { markAllNotificationsReadAction } from "@/app/w/[slug]/notifications/actions";
import { Button } from "@/components/ui/button";
import { useInboxAction } from "./use-inbox-action";

export function MarkAllReadButton({ slug, disabled }: { slug: string; disabled: boolean }) {
  const t = useTranslations("notifications.inbox");
  const { pending, perform } = useInboxAction();
  return (
    <Button variant="outline" size="sm" disabled={disabled || pending} onClick={() => perform(() => markAllNotificationsReadAction(slug), t("allMarked"))}>
      <CheckCheck aria-hidden className="h-4 w-4" />
      {t("markAllRead")}
    </Button>
  );
}
