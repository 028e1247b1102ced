"use client";
import { CircleUser } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { signOutAction } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";

export function UserMenu({ name, email }: { name: string | null; email: string }) {
  const t = useTranslations("shell");
  const tAccount = useTranslations("account");
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" aria-label={t("userMenu")} data-testid="user-menu">
          <CircleUser className="h-5 w-5" aria-hidden />
          <span className="hidden 2xl:inline">{name ?? email}</span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuLabel>{email}</DropdownMenuLabel>
        <DropdownMenuItem asChild>
          <Link href="/account/sessions">{tAccount("menuSessions")}</Link>
        </DropdownMenuItem>
        <DropdownMenuItem asChild>
          <Link href="/account/password">{tAccount("menuPassword")}</Link>
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => void signOutAction()}>{t("signOut")}</DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
