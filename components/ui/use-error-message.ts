"use client";
import { useTranslations } from "next-intl";

/** Turns an error key from the server or zod into a sentence in the user's language. */
export function useErrorMessage() {
  const t = useTranslations("errors");
  return (key: string | undefined | null): string | undefined => {
    if (!key) return undefined;
    return t.has(key) ? t(key) : t("INVALID_INPUT");
  };
}
