"use client";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { ActionResult } from "@/lib/actions/action-result";
import type { CommentView } from "@/lib/comments/schemas";
import { useEditor } from "./editor-context";

/**
 * Runs a comment server action. Its answer goes into the map's comment list at once, so
 * the writer sees the change even before the socket brings it; errors become a toast.
 */
export function useCommentAction() {
  const t = useTranslations("editor.comments.errors");
  const shared = useErrorMessage();
  const { session } = useEditor();
  const [pending, startTransition] = useTransition();
  function perform(run: () => Promise<ActionResult<CommentView>>, onDone?: () => void) {
    startTransition(async () => {
      let result: ActionResult<CommentView>;
      try {
        result = await run();
      } catch {
        result = { ok: false, error: "NETWORK" };
      }
      if (result.ok) {
        session.comments.merge(result.data);
        onDone?.();
      } else {
        toast.error(t.has(result.error) ? t(result.error) : shared(result.error));
      }
    });
  }
  return { pending, perform };
}
