"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { signOutAction } from "@/app/(auth)/actions";
import { PersonaAvatar } from "@/components/personas/persona-avatar";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";

/** The signed-in person's menu; inside a workspace it also leads to what they own there (My work). */
export function UserMenu({ name, email, colour, myWorkHref }: { name: string | null; email: string; colour: string; myWorkHref?: string }) {
  const t = useTranslations("shell");
  const tAccount = useTranslations("account");
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" aria-label={t("userMenu")} data-testid="user-menu">
          <PersonaAvatar name={name || email} color={colour} size="sm" />
          <span className="hidden 2xl:inline">{name ?? email}</span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuLabel>{email}</DropdownMenuLabel>
        {myWorkHref && (
          <DropdownMenuItem asChild>
            <Link href={myWorkHref}>{t("nav.myWork")}</Link>
          </DropdownMenuItem>
        )}
        <DropdownMenuItem asChild>
          <Link href="/account/profile">{tAccount("menuProfile")}</Link>
        </DropdownMenuItem>
        <DropdownMenuItem asChild>
          <Link href="/account/sessions">{tAccount("menuSessions")}</Link>
        </DropdownMenuItem>
        <DropdownMenuItem asChild>
          <Link href="/account/password">{tAccount("menuPassword")}</Link>
        </DropdownMenuItem>
        <DropdownMenuItem asChild>
          <Link href="/account/notifications">{tAccount("menuNotifications")}</Link>
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => void signOutAction()}>{t("signOut")}</DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
