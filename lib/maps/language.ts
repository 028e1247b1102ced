import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import type { WorkspaceContext } from "@/lib/workspaces/authorize-workspace";

/** The language new map content is written in: the caller's choice, else the workspace's. */
export function mapLanguage(ctx: Pick<WorkspaceContext, "workspace">, requested: Locale | undefined): Locale {
  if (requested) return requested;
  return isLocale(ctx.workspace.locale) ? ctx.workspace.locale : DEFAULT_LOCALE;
}
