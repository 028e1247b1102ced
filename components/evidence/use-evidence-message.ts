"use client";
import { useTranslations } from "next-intl";

/** Error keys of the evidence area in the user's language, falling back to the shared error messages. */
export function useEvidenceMessage() {
  const t = useTranslations("evidence.errors");
  const core = useTranslations("errors");
  return (key: string | undefined | null): string | undefined => {
    if (!key) return undefined;
    if (t.has(key)) return t(key);
    return core.has(key) ? core(key) : core("INVALID_INPUT");
  };
}
