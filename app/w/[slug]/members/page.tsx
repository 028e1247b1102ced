import { getTranslations } from "next-intl/server";
import { InviteMemberForm } from "@/components/members/invite-member-form";
import { MemberList } from "@/components/members/member-list";
import { PendingInvitations } from "@/components/members/pending-invitations";
import { Card, CardTitle } from "@/components/ui/card";
import { listMembers, listPendingInvitations } from "@/lib/members/list-members";
import { canManageRole, hasPermission, ROLES } from "@/lib/permissions/roles";
import { PAGE_PERMISSIONS } from "@/lib/permissions/page-permissions";
import { loadWorkspacePage } from "@/lib/workspaces/load-workspace-page";

export default async function MembersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await loadWorkspacePage(slug, PAGE_PERMISSIONS.members, `/w/${slug}/members`);
  const t = await getTranslations("members");
  const canInvite = hasPermission(ctx.role, "members.invite");
  const [members, invitations] = await Promise.all([listMembers(ctx), canInvite ? listPendingInvitations(ctx) : []]);
  return (
    <div className="mx-auto grid max-w-4xl gap-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {canInvite && (
        <Card className="grid gap-4">
          <CardTitle>{t("inviteTitle")}</CardTitle>
          <InviteMemberForm slug={slug} grantableRoles={ROLES.filter((r) => canManageRole(ctx.role, r))} />
          <h3 className="font-medium">{t("pendingTitle")}</h3>
          <PendingInvitations slug={slug} invitations={invitations} />
        </Card>
      )}
      <Card>
        <MemberList slug={slug} members={members} me={ctx.userId} myRole={ctx.role} />
      </Card>
    </div>
  );
}
