"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { issueResetLinkAction } from "@/app/w/[slug]/members/actions";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { useErrorMessage } from "@/components/ui/use-error-message";

/** Makes a single-use password-reset link for a member and shows it once, to pass on by hand. */
export function ResetLinkButton({ slug, userId, name }: { slug: string; userId: string; name: string }) {
  const t = useTranslations("members");
  const errorMessage = useErrorMessage();
  const [url, setUrl] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const issue = () =>
    startTransition(async () => {
      const result = await issueResetLinkAction(slug, { userId });
      if (result.ok) setUrl(result.data.url);
      else toast.error(errorMessage(result.error));
    });
  return (
    <>
      <Button variant="ghost" size="sm" disabled={pending} onClick={issue} aria-label={t("resetLinkFor", { name })}>
        {t("resetLink")}
      </Button>
      <Dialog open={url !== null} onOpenChange={(open) => !open && setUrl(null)}>
        <DialogContent closeLabel={t("close")}>
          <DialogTitle>{t("resetLinkTitle", { name })}</DialogTitle>
          <DialogDescription>{t("resetLinkDescription")}</DialogDescription>
          <div className="grid gap-1.5">
            <Label htmlFor="reset-link-url">{t("resetLinkLabel")}</Label>
            {url && <CopyField id="reset-link-url" value={url} copyLabel={t("copy")} copiedMessage={t("copied")} />}
          </div>
        </DialogContent>
      </Dialog>
    </>
  );
}
