"use client";
import { useTranslations } from "next-intl";
import { issueResetLinkAction } from "@/app/w/[slug]/members/actions";
import { OneTimeLinkButton } from "./one-time-link-button";

/** Makes a single-use password-reset link for a member and shows it once, to pass on by hand. */
export function ResetLinkButton({ slug, userId, name }: { slug: string; userId: string; name: string }) {
  const t = useTranslations("members");
  return (
    <OneTimeLinkButton
      label={t("resetLink")}
      ariaLabel={t("resetLinkFor", { name })}
      title={t("resetLinkTitle", { name })}
      description={t("resetLinkDescription")}
      fieldLabel={t("resetLinkLabel")}
      fieldId="reset-link-url"
      issue={() => issueResetLinkAction(slug, { userId })}
    />
  );
}
