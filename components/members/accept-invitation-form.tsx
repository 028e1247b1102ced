"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { acceptInvitationAction } from "@/app/invite/[token]/actions";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-field";

export function AcceptInvitationForm({ token }: { token: string }) {
  const t = useTranslations("invite");
  const [state, action, pending] = useActionState(acceptInvitationAction.bind(null, token), null);
  return (
    <form action={action} className="grid gap-3">
      <FormError error={state && !state.ok ? state.error : null} />
      <Button type="submit" disabled={pending}>
        {pending ? t("joining") : t("accept")}
      </Button>
    </form>
  );
}
