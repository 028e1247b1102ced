"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import { revokeInvitationAction } from "@/app/w/[slug]/members/actions";
import { Button } from "@/components/ui/button";
import { NewInvitationLinkButton } from "./new-invitation-link-button";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { Role } from "@/lib/permissions/roles";

type Invitation = { id: string; email: string; role: Role; expiresAt: Date };

export function PendingInvitations({ slug, invitations }: { slug: string; invitations: Invitation[] }) {
  const t = useTranslations("members");
  const tr = useTranslations("roles");
  const format = useFormatter();
  const errorMessage = useErrorMessage();
  const [pending, startTransition] = useTransition();
  if (invitations.length === 0) return <p className="text-sm text-muted-foreground">{t("noInvitations")}</p>;
  return (
    <ul className="divide-y divide-border text-sm">
      {invitations.map((inv) => (
        <li key={inv.id} className="flex items-center gap-3 py-2" data-testid={`invitation-${inv.email}`}>
          <span className="flex-1">
            {inv.email} · {tr(inv.role)}
            <span className="block text-xs text-muted-foreground">
              {t("expires", { when: format.dateTime(new Date(inv.expiresAt), { dateStyle: "medium", timeStyle: "short" }) })}
            </span>
          </span>
          <NewInvitationLinkButton slug={slug} invitationId={inv.id} email={inv.email} />
          <Button
            variant="outline"
            size="sm"
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                const result = await revokeInvitationAction(slug, { invitationId: inv.id });
                if (result.ok) toast.success(t("revoked"));
                else toast.error(errorMessage(result.error));
              })
            }
          >
            {t("revoke")}
          </Button>
        </li>
      ))}
    </ul>
  );
}
