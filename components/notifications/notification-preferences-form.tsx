"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { toast } from "sonner";
import { saveNotificationPreferencesAction } from "@/app/account/notifications/actions";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-field";
import type { NotificationEmailMode } from "@/db/schema/notifications";

const MODES = ["immediate", "daily", "off"] as const satisfies readonly NotificationEmailMode[];

/** How the user hears of notifications by e-mail: at once, a daily digest, or not. */
export function NotificationPreferencesForm({ email }: { email: NotificationEmailMode }) {
  const t = useTranslations("notifications.preferences");
  const [state, action, pending] = useActionState(saveNotificationPreferencesAction, null);
  useEffect(() => {
    if (state?.ok) toast.success(t("saved"));
  }, [state, t]);
  return (
    <form action={action} className="grid gap-4">
      <FormError error={state && !state.ok ? state.error : null} />
      <fieldset className="grid gap-3">
        <legend className="mb-2 text-sm font-medium">{t("emailLegend")}</legend>
        {MODES.map((mode) => (
          <label key={mode} className="flex cursor-pointer items-start gap-3 rounded-md border border-border p-3 has-[:checked]:border-primary has-[:checked]:bg-primary/5">
            <input type="radio" name="email" value={mode} defaultChecked={email === mode} className="mt-1 accent-primary" aria-describedby={`email-${mode}-hint`} />
            <span className="grid gap-0.5">
              <span className="text-sm font-medium">{t(mode)}</span>
              <span id={`email-${mode}-hint`} className="text-xs text-muted-foreground">
                {t(`${mode}Hint`)}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <Button type="submit" disabled={pending} className="justify-self-start">
        {t("save")}
      </Button>
    </form>
  );
}
