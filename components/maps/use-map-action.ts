"use client";
import { useTransition } from "react";
import { toast } from "sonner";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { ActionResult } from "@/lib/actions/action-result";

/**
 * Runs a map action in a transition: a toast on success, the error in words otherwise.
 * Returns the result so a form can show its field errors.
 */
export function useMapAction() {
  const errorMessage = useErrorMessage();
  const [pending, startTransition] = useTransition();
  function perform<R>(run: () => Promise<ActionResult<R>>, success: (data: R) => string, onDone?: (result: ActionResult<R>) => void) {
    startTransition(async () => {
      const result = await run();
      if (result.ok) toast.success(success(result.data));
      else if (!result.fieldErrors) toast.error(errorMessage(result.error));
      onDone?.(result);
    });
  }
  return { pending, perform };
}
