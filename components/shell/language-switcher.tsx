"use client";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useId, useTransition } from "react";
import { setLocaleAction } from "@/app/actions/locale";
import { NativeSelect } from "@/components/ui/input";
import { LOCALES } from "@/lib/i18n/locales";

/** `compact` keeps the label for screen readers only, where space is short (the app header). */
export function LanguageSwitcher({ compact = false }: { compact?: boolean }) {
  const t = useTranslations("shell");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const id = useId();
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id} className={compact ? "sr-only" : "text-muted-foreground"}>
        {t("language")}
      </label>
      <NativeSelect
        id={id}
        value={locale}
        disabled={pending}
        onChange={(e) => {
          const next = e.target.value;
          startTransition(async () => {
            await setLocaleAction(next);
            router.refresh();
          });
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l}>
            {t(`languages.${l}`)}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}
