"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useState, useTransition } from "react";
import { toast } from "sonner";
import { removeFormLogoAction, updateFormBrandingAction, uploadFormLogoAction } from "@/app/w/[slug]/settings/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, FormError } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { accentForeground, normaliseAccentColor } from "@/lib/evidence/forms/accent-color";
import { FORM_LOGO_MAX_BYTES, FORM_LOGO_TYPES } from "@/lib/evidence/forms/logo-image";
import { FORM_DISPLAY_NAME_MAX } from "@/lib/evidence/forms/schemas";

const DEFAULT_ACCENT = "#4338ca";

/** Settings → Public forms: the name respondents see, the accent colour and the logo. */
export function FormBrandingSettings(props: { slug: string; workspaceName: string; displayName: string | null; accentColor: string | null; logoUrl: string | null }) {
  return (
    <div className="grid gap-6">
      <BrandingForm {...props} />
      <LogoForm slug={props.slug} logoUrl={props.logoUrl} />
    </div>
  );
}

function BrandingForm({ slug, workspaceName, displayName, accentColor }: { slug: string; workspaceName: string; displayName: string | null; accentColor: string | null }) {
  const t = useTranslations("workspace.formBranding");
  const [state, action, pending] = useActionState(updateFormBrandingAction.bind(null, slug), null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  // Kept in state so a refused save shows what was typed, and the preview follows as one types.
  const [accent, setAccent] = useState(accentColor ?? "");
  const [name, setName] = useState(displayName ?? "");
  useEffect(() => {
    if (state?.ok) toast.success(state.data.changed ? t("saved") : t("unchanged"));
  }, [state, t]);
  const preview = normaliseAccentColor(accent) ?? DEFAULT_ACCENT;
  return (
    <form action={action} className="grid max-w-xl gap-4" noValidate>
      <FormError error={state && !state.ok && !fieldErrors ? state.error : null} />
      <Field label={t("displayName")} hint={t("displayNameHint")} errors={fieldErrors?.displayName}>
        {(control) => <Input {...control} name="displayName" value={name} onChange={(e) => setName(e.target.value)} maxLength={FORM_DISPLAY_NAME_MAX} placeholder={workspaceName} />}
      </Field>
      <Field label={t("accent")} hint={t("accentHint")} errors={fieldErrors?.accentColor}>
        {(control) => (
          <div className="flex items-center gap-2">
            <Input {...control} name="accentColor" value={accent} onChange={(e) => setAccent(e.target.value)} placeholder={DEFAULT_ACCENT} className="max-w-40 font-mono" spellCheck={false} />
            <input
              type="color"
              aria-label={t("accentPicker")}
              value={preview}
              onChange={(e) => setAccent(e.target.value)}
              className="h-10 w-12 cursor-pointer rounded-md border border-input bg-background p-1"
            />
          </div>
        )}
      </Field>
      <div className="grid gap-1">
        <span className="text-sm font-medium">{t("preview")}</span>
        <div className="flex items-center gap-3 rounded-md border border-border p-3" style={{ borderTop: `4px solid ${preview}` }}>
          <span className="text-sm text-muted-foreground">{name.trim() || workspaceName}</span>
          <span aria-hidden className="ml-auto rounded-md px-4 py-2 text-sm font-medium" style={{ background: preview, color: accentForeground(preview) }}>
            {t("previewButton")}
          </span>
        </div>
      </div>
      <Button type="submit" disabled={pending} className="justify-self-start">
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}

function LogoForm({ slug, logoUrl }: { slug: string; logoUrl: string | null }) {
  const t = useTranslations("workspace.formBranding");
  const message = useErrorMessage();
  const inputId = useId();
  const [state, action, pending] = useActionState(uploadFormLogoAction.bind(null, slug), null);
  const [removing, startRemove] = useTransition();
  // Checked here too, so a file that is too large is refused before it is sent.
  const [localError, setLocalError] = useState<string | null>(null);
  const error = localError ?? (state && !state.ok ? (state.fieldErrors?.logo?.[0] ?? state.error) : null);
  useEffect(() => {
    if (state?.ok) toast.success(t("uploaded"));
  }, [state, t]);
  return (
    <div className="grid max-w-xl gap-3">
      <div className="flex items-center gap-4">
        {logoUrl ? (
          <img src={logoUrl} alt={t("logoCurrent")} className="h-14 w-auto max-w-40 rounded border border-border object-contain p-1" data-testid="form-logo-preview" />
        ) : (
          <p className="text-sm text-muted-foreground">{t("logoNone")}</p>
        )}
        {logoUrl && (
          <ConfirmDialog
            trigger={
              <Button type="button" variant="outline" size="sm" disabled={removing}>
                {t("remove")}
              </Button>
            }
            title={t("removeTitle")}
            description={t("removeDescription")}
            confirmLabel={t("remove")}
            cancelLabel={t("cancel")}
            onConfirm={() =>
              startRemove(async () => {
                const result = await removeFormLogoAction(slug);
                if (result.ok) toast.success(t("removed"));
                else toast.error(message(result.error));
              })
            }
          />
        )}
      </div>
      <form
        action={action}
        className="grid gap-2"
        onSubmit={(e) => {
          const file = (e.currentTarget.elements.namedItem("logo") as HTMLInputElement | null)?.files?.[0];
          const tooLarge = file ? file.size > FORM_LOGO_MAX_BYTES : false;
          setLocalError(!file ? "LOGO_REQUIRED" : tooLarge ? "LOGO_TOO_LARGE" : null);
          if (!file || tooLarge) e.preventDefault();
        }}
        noValidate
      >
        <label htmlFor={inputId} className="text-sm font-medium">
          {t("logo")}
        </label>
        <input
          id={inputId}
          name="logo"
          type="file"
          accept={FORM_LOGO_TYPES.join(",")}
          aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ""}`}
          aria-invalid={error ? true : undefined}
          onChange={() => setLocalError(null)}
          className="text-sm file:mr-3 file:rounded-md file:border file:border-input file:bg-background file:px-3 file:py-1.5 file:text-sm"
        />
        <p id={`${inputId}-hint`} className="text-xs text-muted-foreground">
          {t("logoHint")}
        </p>
        {error && (
          <p id={`${inputId}-error`} role="alert" className="text-xs text-destructive">
            {message(error)}
          </p>
        )}
        <Button type="submit" variant="outline" disabled={pending} className="justify-self-start">
          {pending ? t("uploading") : t("upload")}
        </Button>
      </form>
    </div>
  );
}
