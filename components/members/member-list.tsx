"use client";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import { changeMemberRoleAction, leaveWorkspaceAction, removeMemberAction } from "@/app/w/[slug]/members/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ResetLinkButton } from "./reset-link-button";
import { NativeSelect } from "@/components/ui/input";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { ActionResult } from "@/lib/actions/action-result";
import { canManageRole, ROLES, type Role } from "@/lib/permissions/roles";

type Member = { userId: string; name: string | null; email: string; role: Role };

export function MemberList({ slug, members, me, myRole }: { slug: string; members: Member[]; me: string; myRole: Role }) {
  const t = useTranslations("members");
  const tr = useTranslations("roles");
  const errorMessage = useErrorMessage();
  const [pending, startTransition] = useTransition();
  const canManage = canManageRole(myRole, "viewer");

  function perform(run: () => Promise<ActionResult<unknown>>, success: string) {
    startTransition(async () => {
      const result = await run();
      if (result.ok) toast.success(success);
      else toast.error(errorMessage(result.error));
    });
  }

  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{t("title")}</caption>
      <thead>
        <tr className="border-b border-border text-left text-muted-foreground">
          <th scope="col" className="py-2">{t("member")}</th>
          <th scope="col" className="py-2">{t("role")}</th>
          <th scope="col" className="py-2"><span className="sr-only">{t("actions")}</span></th>
        </tr>
      </thead>
      <tbody>
        {members.map((m) => {
          const editable = canManage && m.userId !== me && canManageRole(myRole, m.role, m.role);
          const label = m.name ?? m.email;
          return (
            <tr key={m.userId} className="border-b border-border" data-testid={`member-${m.email}`}>
              <td className="py-2">
                <div className="font-medium">{label}</div>
                <div className="text-xs text-muted-foreground">{m.email}</div>
              </td>
              <td className="py-2">
                {editable ? (
                  <NativeSelect
                    aria-label={t("roleOf", { name: label })}
                    value={m.role}
                    disabled={pending}
                    onChange={(e) =>
                      perform(() => changeMemberRoleAction(slug, { userId: m.userId, role: e.target.value }), t("roleChanged"))
                    }
                  >
                    {ROLES.filter((r) => canManageRole(myRole, r, m.role)).map((r) => (
                      <option key={r} value={r}>
                        {tr(r)}
                      </option>
                    ))}
                  </NativeSelect>
                ) : (
                  <span>{tr(m.role)}</span>
                )}
              </td>
              <td className="py-2 text-right">
                {editable && <ResetLinkButton slug={slug} userId={m.userId} name={label} />}
                {editable && (
                  <ConfirmDialog
                    trigger={
                      <Button variant="outline" size="sm" disabled={pending}>
                        {t("remove")}
                      </Button>
                    }
                    title={t("removeTitle", { name: label })}
                    description={t("removeDescription")}
                    confirmLabel={t("remove")}
                    cancelLabel={t("cancel")}
                    onConfirm={() => perform(() => removeMemberAction(slug, { userId: m.userId }), t("removed"))}
                  />
                )}
                {m.userId === me && (
                  <ConfirmDialog
                    trigger={
                      <Button variant="ghost" size="sm" disabled={pending}>
                        {t("leave")}
                      </Button>
                    }
                    title={t("leaveTitle")}
                    description={t("leaveDescription")}
                    confirmLabel={t("leave")}
                    cancelLabel={t("cancel")}
                    onConfirm={() => perform(() => leaveWorkspaceAction(slug), t("left"))}
                  />
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
