"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { transferOwnershipAction } from "@/app/w/[slug]/settings/actions";
import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/input";
import type { ActionResult } from "@/lib/actions/action-result";

/**
 * An owner picks the member who takes over; the owner becomes an admin. Called by hand,
 * not through useActionState: on success this form leaves the page (only owners see it),
 * so the toast is raised from the call itself.
 */
export function TransferOwnershipForm({ slug, members }: { slug: string; members: Array<{ userId: string; label: string }> }) {
  const t = useTranslations("workspace.lifecycle");
  const [state, setState] = useState<ActionResult<{ ownerId: string }> | null>(null);
  const [pending, startTransition] = useTransition();
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  if (members.length === 0) return <p className="text-sm text-muted-foreground">{t("transferNobody")}</p>;
  return (
    <form
      className="grid max-w-md gap-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        startTransition(async () => {
          const result = await transferOwnershipAction(slug, null, form);
          if (result.ok) toast.success(t("transferred"));
          setState(result);
        });
      }}
    >
      <FormError error={state && !state.ok && !fieldErrors ? state.error : null} />
      <Field label={t("transferTo")} errors={fieldErrors?.userId}>
        {(control) => (
          <NativeSelect {...control} name="userId" required defaultValue="">
            <option value="" disabled>
              {t("transferChoose")}
            </option>
            {members.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.label}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <Button type="submit" variant="outline" disabled={pending} className="justify-self-start">
        {t("transferSubmit")}
      </Button>
    </form>
  );
}
