"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useTransition } from "react";
import { toast } from "sonner";
import { addSsoDomainAction, removeSsoDomainAction, setSsoRequiredAction } from "@/app/w/[slug]/settings/actions";
import { Button } from "@/components/ui/button";
import { Field, FormError, FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/input";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { Role } from "@/lib/permissions/roles";

/** Domain rules ("people at @acme.nl join as editor") and "members must use single sign-on". */
export function SsoSettings({
  slug,
  providerName,
  domains,
  ssoRequired,
  grantableRoles,
}: {
  slug: string;
  providerName: string;
  domains: Array<{ domain: string; role: Role }>;
  ssoRequired: boolean;
  grantableRoles: Role[];
}) {
  const t = useTranslations("workspace.sso");
  const tr = useTranslations("roles");
  const errorMessage = useErrorMessage();
  const requiredId = useId();
  const [state, action, pending] = useActionState(addSsoDomainAction.bind(null, slug), null);
  const [busy, startTransition] = useTransition();
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  useEffect(() => {
    if (state?.ok) toast.success(t("domainAdded", { domain: state.data.domain }));
  }, [state, t]);
  const run = (work: () => Promise<{ ok: boolean; error?: string }>, success: string) =>
    startTransition(async () => {
      const result = await work();
      if (result.ok) toast.success(success);
      else toast.error(errorMessage(result.error));
    });
  return (
    <div className="grid gap-5">
      <p className="text-sm">{t("provider", { name: providerName })}</p>
      {domains.length > 0 && (
        <ul className="grid gap-2" aria-label={t("domainsLabel")}>
          {domains.map((d) => (
            <li key={d.domain} className="flex items-center justify-between gap-3 rounded-md border border-border px-3 py-2 text-sm">
              <span>{t("rule", { domain: d.domain, role: tr(d.role) })}</span>
              <Button variant="ghost" size="sm" disabled={busy} aria-label={t("removeRule", { domain: d.domain })} onClick={() => run(() => removeSsoDomainAction(slug, { domain: d.domain }), t("domainRemoved"))}>
                {t("remove")}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form action={action} className="flex flex-wrap items-end gap-3" noValidate>
        <FormError error={state && !state.ok && !fieldErrors ? state.error : null} />
        <div className="min-w-56 flex-1">
          <FormField name="domain" label={t("domain")} placeholder="acme.nl" autoComplete="off" errors={fieldErrors?.domain} />
        </div>
        <Field label={t("role")} errors={fieldErrors?.role}>
          {(control) => (
            <NativeSelect {...control} name="role" defaultValue="editor">
              {grantableRoles.map((r) => (
                <option key={r} value={r}>
                  {tr(r)}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <Button type="submit" variant="outline" disabled={pending}>
          {t("addRule")}
        </Button>
      </form>
      <div className="flex items-start gap-2">
        <input
          id={requiredId}
          type="checkbox"
          className="mt-1 h-4 w-4"
          defaultChecked={ssoRequired}
          disabled={busy}
          onChange={(e) => {
            const required = e.currentTarget.checked;
            const box = e.currentTarget;
            startTransition(async () => {
              const result = await setSsoRequiredAction(slug, { required });
              if (result.ok) toast.success(required ? t("requiredOn") : t("requiredOff"));
              else {
                box.checked = !required;
                toast.error(errorMessage(result.error));
              }
            });
          }}
        />
        <label htmlFor={requiredId} className="text-sm">
          <span className="font-medium">{t("required")}</span>
          <span className="block text-muted-foreground">{t("requiredHint")}</span>
        </label>
      </div>
    </div>
  );
}
