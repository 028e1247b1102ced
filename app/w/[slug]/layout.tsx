import { NotificationBell } from "@/components/notifications/notification-bell";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { UserMenu } from "@/components/shell/user-menu";
import { WorkspaceNav, type NavItem } from "@/components/shell/workspace-nav";
import { WorkspaceSwitcher } from "@/components/shell/workspace-switcher";
import { avatarColourOf } from "@/lib/account/profile";
import { requireUser } from "@/lib/auth/session";
import { hasPermission } from "@/lib/permissions/roles";
import { countUnread } from "@/lib/notifications/inbox";
import { listUserWorkspaces } from "@/lib/workspaces/list-user-workspaces";
import { loadWorkspacePage } from "@/lib/workspaces/load-workspace-page";

export default async function WorkspaceLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await loadWorkspacePage(slug, "workspace.read");
  const user = await requireUser();
  const [workspaces, unread] = await Promise.all([listUserWorkspaces(user.id), countUnread(ctx)]);
  const base = `/w/${slug}`;
  const nav: NavItem[] = [
    { href: base, labelKey: "maps" },
    { href: `${base}/personas`, labelKey: "personas" },
    ...(hasPermission(ctx.role, "evidence.read")
      ? ([
          { href: `${base}/dashboard`, labelKey: "dashboard" },
          { href: `${base}/portfolio`, labelKey: "portfolio" },
        ] as const)
      : []),
    // Every member may look at the matrix (maps.read); moving cards on it takes maps.write.
    { href: `${base}/opportunities`, labelKey: "opportunities" },
    { href: `${base}/evidence`, labelKey: "evidence" },
    { href: `${base}/members`, labelKey: "members" },
    ...(hasPermission(ctx.role, "audit.read") ? [{ href: `${base}/audit`, labelKey: "audit" } as const] : []),
    ...(hasPermission(ctx.role, "workspace.update") ? [{ href: `${base}/settings`, labelKey: "settings" } as const] : []),
  ];
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex flex-wrap items-center gap-2 border-b border-border px-4 py-2 xl:flex-nowrap print:hidden">
        <span className="mr-2 shrink-0 font-bold text-primary">Journeyboard</span>
        <WorkspaceSwitcher current={ctx.workspace} workspaces={workspaces} />
        <WorkspaceNav items={nav} />
        <div className="ml-auto flex items-center gap-2">
          <NotificationBell slug={slug} initialUnread={unread} />
          <LanguageSwitcher compact />
          <UserMenu name={user.name} email={user.email} colour={avatarColourOf(user)} myWorkHref={`${base}/my-work`} />
        </div>
      </header>
      <main className="flex-1 p-4 sm:p-6 print:p-0">{children}</main>
    </div>
  );
}
