import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { listUserWorkspaces } from "@/lib/workspaces/list-user-workspaces";

export default async function HomePage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  const [first] = await listUserWorkspaces(user.id);
  redirect(first ? `/w/${first.slug}` : "/w/new");
}
