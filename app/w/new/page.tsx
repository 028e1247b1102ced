import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { CreateWorkspaceForm } from "@/components/workspaces/create-workspace-form";
import { requireUser } from "@/lib/auth/session";

export default async function NewWorkspacePage() {
  await requireUser("/w/new");
  const t = await getTranslations("workspace");
  return (
    <AuthCard title={t("createTitle")}>
      <CreateWorkspaceForm />
    </AuthCard>
  );
}
