"use client";
import { useTranslations } from "next-intl";
import { renewInvitationLinkAction } from "@/app/w/[slug]/members/actions";
import { OneTimeLinkButton } from "./one-time-link-button";

/** A fresh link for a pending invitation (the first cannot be shown again), shown once to copy. */
export function NewInvitationLinkButton({ slug, invitationId, email }: { slug: string; invitationId: string; email: string }) {
  const t = useTranslations("members");
  return (
    <OneTimeLinkButton
      label={t("newLink")}
      ariaLabel={t("newLinkFor", { email })}
      title={t("newLinkTitle", { email })}
      description={t("newLinkDescription")}
      fieldLabel={t("newLinkLabel")}
      fieldId="new-invitation-url"
      issue={() => renewInvitationLinkAction(slug, { invitationId })}
    />
  );
}
