"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { unsubscribeAction } from "@/app/notifications/unsubscribe/[token]/actions";
import { Button } from "@/components/ui/button";

export function UnsubscribeButton({ token, email }: { token: string; email: string }) {
  const t = useTranslations("notifications.unsubscribe");
  const tErrors = useTranslations("notifications.errors");
  const [outcome, setOutcome] = useState<"done" | "failed" | null>(null);
  const [pending, startTransition] = useTransition();
  if (outcome === "done") return <p role="status" className="text-sm">{t("done", { email })}</p>;
  return (
    <div className="grid gap-4 text-sm">
      <p>{t("intro", { email })}</p>
      {outcome === "failed" && <p role="alert" className="text-destructive">{tErrors("UNEXPECTED")}</p>}
      <Button
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await unsubscribeAction(token).catch(() => ({ ok: false }));
            setOutcome(result.ok ? "done" : "failed");
          })
        }
      >
        {t("confirm")}
      </Button>
    </div>
  );
}
