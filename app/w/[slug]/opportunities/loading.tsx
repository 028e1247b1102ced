import { WorkspacePageSkeleton } from "@/components/shell/workspace-page-skeleton";

export default WorkspacePageSkeleton;
