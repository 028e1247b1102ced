"use client";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { ActionResult } from "@/lib/actions/action-result";

/**
 * Runs a review or snapshot action in a transition; errors are read from this area's
 * own keys first (SNAPSHOT_NOT_FOUND, INVALID_QUARTER…), then the shared ones.
 */
export function useReviewAction() {
  const t = useTranslations("reviews.errors");
  const shared = useErrorMessage();
  const [pending, startTransition] = useTransition();
  const message = (key: string | undefined) => (key && t.has(key) ? t(key) : shared(key));
  function perform<R>(run: () => Promise<ActionResult<R>>, success: ((data: R) => string) | null, onDone?: (result: ActionResult<R>) => void) {
    startTransition(async () => {
      const result = await run();
      if (result.ok && success) toast.success(success(result.data));
      else if (!result.ok && !result.fieldErrors) toast.error(message(result.error));
      onDone?.(result);
    });
  }
  return { pending, perform, message };
}
