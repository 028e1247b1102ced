"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useRef } from "react";
import { toast } from "sonner";
import { inviteMemberAction } from "@/app/w/[slug]/members/actions";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { FormError, FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { Role } from "@/lib/permissions/roles";

export function InviteMemberForm({ slug, grantableRoles }: { slug: string; grantableRoles: Role[] }) {
  const t = useTranslations("members");
  const tr = useTranslations("roles");
  const roleId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, action, pending] = useActionState(inviteMemberAction.bind(null, slug), null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;

  useEffect(() => {
    if (state?.ok) {
      toast.success(state.data.mailed ? t("invitationMailed") : t("invitationCreated"));
      formRef.current?.reset();
    }
  }, [state, t]);

  return (
    <div className="grid gap-3">
      <form ref={formRef} action={action} className="flex flex-wrap items-end gap-3" noValidate aria-label={t("inviteTitle")}>
        <div className="min-w-64 flex-1">
          <FormField name="email" type="email" label={t("email")} required errors={fieldErrors?.email} />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor={roleId}>{t("role")}</Label>
          <NativeSelect id={roleId} name="role" defaultValue="editor">
            {grantableRoles.map((r) => (
              <option key={r} value={r}>
                {tr(r)}
              </option>
            ))}
          </NativeSelect>
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? t("inviting") : t("invite")}
        </Button>
      </form>
      <FormError error={state && !state.ok && !fieldErrors ? state.error : null} />
      {state?.ok && state.data.hasAccount && (
        <p role="status" className="text-sm text-muted-foreground">
          {t("inviteeHasAccount")}
        </p>
      )}
      {state?.ok && <InvitationLink url={state.data.url} />}
    </div>
  );
}

function InvitationLink({ url }: { url: string }) {
  const t = useTranslations("members");
  const id = useId();
  return (
    <div className="grid gap-1.5 rounded-md border border-border bg-muted p-3">
      <Label htmlFor={id}>{t("invitationLink")}</Label>
      <CopyField id={id} value={url} data-testid="invitation-link" copyLabel={t("copy")} copiedMessage={t("copied")} />
      <p className="text-xs text-muted-foreground">{t("invitationLinkHint")}</p>
    </div>
  );
}
