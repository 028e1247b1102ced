"use client";
import { useTranslations } from "next-intl";
import type { Awareness } from "y-protocols/awareness";
import { usePresentUsers } from "@/lib/collab/client/use-presence";

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? parts[0]![0]! + parts.at(-1)![0]! : (parts[0] ?? "?").slice(0, 2);
  return letters.toUpperCase();
}

/** Who is in the map right now, one avatar per person. */
export function PresenceAvatars({ awareness }: { awareness: Awareness }) {
  const t = useTranslations("editor.presence");
  const users = usePresentUsers(awareness);
  return (
    <ul aria-label={t("label", { count: users.length })} className="flex -space-x-1.5">
      {users.map((u) => {
        const name = u.isSelf ? t("you", { name: u.name }) : u.name;
        return (
          <li
            key={u.id}
            data-testid="presence-avatar"
            data-user-id={u.id}
            title={name}
            aria-label={name}
            style={{ backgroundColor: u.color }}
            className="flex h-7 w-7 items-center justify-center rounded-full border-2 border-background text-[11px] font-semibold text-white"
          >
            <span aria-hidden>{initials(u.name)}</span>
          </li>
        );
      })}
    </ul>
  );
}
