"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { renewInvitationLinkAction } from "@/app/w/[slug]/members/actions";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { useErrorMessage } from "@/components/ui/use-error-message";

/** A fresh link for a pending invitation (the first cannot be shown again), shown once to copy. */
export function NewInvitationLinkButton({ slug, invitationId, email, onRenewed }: { slug: string; invitationId: string; email: string; onRenewed?: () => void }) {
  const t = useTranslations("members");
  const errorMessage = useErrorMessage();
  const [url, setUrl] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const renew = () =>
    startTransition(async () => {
      const result = await renewInvitationLinkAction(slug, { invitationId });
      if (result.ok) {
        setUrl(result.data.url);
        onRenewed?.();
      } else toast.error(errorMessage(result.error));
    });
  return (
    <>
      <Button variant="ghost" size="sm" disabled={pending} onClick={renew} aria-label={t("newLinkFor", { email })}>
        {t("newLink")}
      </Button>
      <Dialog open={url !== null} onOpenChange={(open) => !open && setUrl(null)}>
        <DialogContent closeLabel={t("close")}>
          <DialogTitle>{t("newLinkTitle", { email })}</DialogTitle>
          <DialogDescription>{t("newLinkDescription")}</DialogDescription>
          <div className="grid gap-1.5">
            <Label htmlFor="new-invitation-url">{t("newLinkLabel")}</Label>
            {url && <CopyField id="new-invitation-url" value={url} copyLabel={t("copy")} copiedMessage={t("copied")} />}
          </div>
        </DialogContent>
      </Dialog>
    </>
  );
}
