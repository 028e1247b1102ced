"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { toast } from "sonner";
import { saveWebhookSettingsAction } from "@/app/w/[slug]/settings/webhooks/actions";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-field";

export function PrivateTargetsForm({ slug, allowPrivateTargets }: { slug: string; allowPrivateTargets: boolean }) {
  const t = useTranslations("webhooks");
  const [state, action, pending] = useActionState(saveWebhookSettingsAction.bind(null, slug), null);
  useEffect(() => {
    if (state?.ok) toast.success(t("privateSaved"));
  }, [state, t]);
  return (
    <form action={action} className="grid gap-3">
      <FormError error={state && !state.ok ? state.error : null} />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="allowPrivateTargets" defaultChecked={allowPrivateTargets} className="mt-0.5 accent-primary" />
        {t("privateLabel")}
      </label>
      <Button type="submit" variant="outline" size="sm" disabled={pending} className="justify-self-start">
        {t("privateSave")}
      </Button>
    </form>
  );
}
