"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useRef } from "react";
import { createApiKeyAction } from "@/app/w/[slug]/settings/api-keys/actions";
import { EvidenceField } from "@/components/evidence/evidence-field";
import { useEvidenceMessage } from "@/components/evidence/use-evidence-message";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** Creates a key and shows it once, with a copy button; after leaving the page it cannot be seen again. */
export function CreateApiKeyForm({ slug }: { slug: string }) {
  const t = useTranslations("evidence.apiKeys");
  const message = useEvidenceMessage();
  const accessId = useId();
  const keyId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, action, pending] = useActionState(createApiKeyAction.bind(null, slug), null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
  }, [state]);
  return (
    <div className="grid gap-4">
      <form ref={formRef} action={action} className="flex flex-wrap items-end gap-3" noValidate aria-label={t("createTitle")}>
        <div className="min-w-64 flex-1">
          <EvidenceField name="name" label={t("name")} placeholder={t("namePlaceholder")} required errors={fieldErrors?.name} />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor={accessId}>{t("access")}</Label>
          <NativeSelect id={accessId} name="access" defaultValue="write">
            <option value="write">{t("accessWrite")}</option>
            <option value="read">{t("accessRead")}</option>
          </NativeSelect>
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? t("creating") : t("create")}
        </Button>
      </form>
      {state && !state.ok && !fieldErrors && (
        <p role="alert" className="text-sm text-destructive">
          {message(state.error)}
        </p>
      )}
      {state?.ok && (
        <div className="grid gap-1.5 rounded-md border border-amber-400 bg-amber-50 p-3" role="status">
          <Label htmlFor={keyId}>{t("newKey", { name: state.data.name })}</Label>
          <CopyField id={keyId} value={state.data.key} className="font-mono text-xs" data-testid="new-api-key" copyLabel={t("copy")} copiedMessage={t("copied")} />
          <p className="text-xs text-amber-900">{t("shownOnce")}</p>
        </div>
      )}
    </div>
  );
}
