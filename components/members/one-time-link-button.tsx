"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { useErrorMessage } from "@/components/ui/use-error-message";

type Issued = { ok: true; data: { url: string } } | { ok: false; error: string };

/**
 * A button that makes a single-use link (only its hash is stored) and shows it once in a
 * dialog, to copy and pass on by hand: password-reset links, renewed invitation links.
 */
export function OneTimeLinkButton(props: {
  label: string;
  ariaLabel: string;
  title: string;
  description: string;
  fieldLabel: string;
  fieldId: string;
  issue: () => Promise<Issued>;
}) {
  const t = useTranslations("members");
  const errorMessage = useErrorMessage();
  const [url, setUrl] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const issue = () =>
    startTransition(async () => {
      const result = await props.issue();
      if (result.ok) setUrl(result.data.url);
      else toast.error(errorMessage(result.error));
    });
  return (
    <>
      <Button variant="ghost" size="sm" disabled={pending} onClick={issue} aria-label={props.ariaLabel}>
        {props.label}
      </Button>
      <Dialog open={url !== null} onOpenChange={(open) => !open && setUrl(null)}>
        <DialogContent closeLabel={t("close")}>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogDescription>{props.description}</DialogDescription>
          <div className="grid gap-1.5">
            <Label htmlFor={props.fieldId}>{props.fieldLabel}</Label>
            {url && <CopyField id={props.fieldId} value={url} copyLabel={t("copy")} copiedMessage={t("copied")} />}
          </div>
        </DialogContent>
      </Dialog>
    </>
  );
}
