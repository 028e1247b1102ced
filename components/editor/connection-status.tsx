"use client";
import { Check, CloudOff, LoaderCircle, RefreshCw } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ConnectionState } from "@/lib/collab/client/connection-state";
import type { AccessFailure } from "@/lib/collab/client/fetch-ticket";
import { cn } from "@/lib/utils";

const STYLE: Record<ConnectionState, string> = {
  connecting: "border-border text-muted-foreground",
  saving: "border-border text-muted-foreground",
  retrying: "border-amber-500/40 bg-amber-50 text-amber-800",
  saved: "border-green-600/30 text-green-700",
  offline: "border-amber-500/40 bg-amber-50 text-amber-800",
};

/** Always visible: whether the map is connecting, saving, not yet saved (retrying), saved or offline (and why it stopped). */
export function ConnectionStatus({ state, failure }: { state: ConnectionState; failure: AccessFailure | null }) {
  const t = useTranslations("editor.status");
  const Icon = state === "saved" ? Check : state === "offline" ? CloudOff : state === "saving" || state === "retrying" ? RefreshCw : LoaderCircle;
  return (
    <div className="flex items-center gap-2">
      <span
        data-testid="connection-status"
        data-state={state}
        role="status"
        aria-live="polite"
        className={cn("inline-flex items-center gap-1.5 rounded-full border px-2.5 py-1 text-xs font-medium", STYLE[state])}
      >
        <Icon aria-hidden className={cn("h-3.5 w-3.5", (state === "connecting" || state === "saving" || state === "retrying") && "animate-spin")} />
        {t(state)}
      </span>
      {state === "offline" && !failure && <span className="hidden text-xs text-muted-foreground sm:inline">{t("offlineHint")}</span>}
      {failure && (
        <span role="alert" data-testid="connection-error" className="text-xs text-destructive">
          {t(`failure.${failure}`)}
        </span>
      )}
    </div>
  );
}
