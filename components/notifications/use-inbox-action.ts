"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/actions/action-result";

/** Runs an inbox action, refreshes the page (and the bell with it), and says what went wrong. */
export function useInboxAction() {
  const t = useTranslations("notifications.errors");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  function perform<R>(run: () => Promise<ActionResult<R>>, success?: string) {
    startTransition(async () => {
      let result: ActionResult<R>;
      try {
        result = await run();
      } catch {
        toast.error(t("NETWORK"));
        return;
      }
      if (!result.ok) toast.error(t.has(result.error) ? t(result.error) : t("UNEXPECTED"));
      else if (success) toast.success(success);
      router.refresh();
    });
  }
  return { pending, perform };
}
