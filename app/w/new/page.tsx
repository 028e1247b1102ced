import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { SignedInAs } from "@/components/auth/signed-in-as";
import { CreateWorkspaceForm } from "@/components/workspaces/create-workspace-form";
import { requireUser } from "@/lib/auth/session";

export default async function NewWorkspacePage() {
  const user = await requireUser("/w/new");
  const t = await getTranslations("workspace");
  return (
    <AuthCard title={t("createTitle")}>
      <div className="grid gap-4">
        <CreateWorkspaceForm />
        <SignedInAs email={user.email} />
      </div>
    </AuthCard>
  );
}
