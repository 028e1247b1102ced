import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type * as React from "react";
import { cn } from "@/lib/utils";

const SECTIONS = [
  { key: "profile", href: "/account/profile", label: "menuProfile" },
  { key: "password", href: "/account/password", label: "menuPassword" },
  { key: "sessions", href: "/account/sessions", label: "menuSessions" },
  { key: "notifications", href: "/account/notifications", label: "menuNotifications" },
] as const;

/** The frame of an account page: the way back, the account's sections, a title and what the page is for. */
export async function AccountPage({
  back,
  title,
  intro,
  current,
  children,
}: {
  back: string;
  title: string;
  intro: string;
  current?: (typeof SECTIONS)[number]["key"];
  children: React.ReactNode;
}) {
  const t = await getTranslations("account");
  return (
    <main className="mx-auto flex min-h-screen max-w-2xl flex-col gap-6 p-6">
      <Link href="/" className="text-sm text-primary underline-offset-4 hover:underline">
        {back}
      </Link>
      <nav aria-label={t("sectionsLabel")}>
        <ul className="flex flex-wrap gap-1 border-b border-border">
          {SECTIONS.map((s) => (
            <li key={s.key}>
              <Link
                href={s.href}
                aria-current={current === s.key ? "page" : undefined}
                className={cn(
                  "-mb-px inline-block border-b-2 px-3 py-2 text-sm",
                  current === s.key ? "border-primary font-medium text-foreground" : "border-transparent text-muted-foreground hover:text-foreground",
                )}
              >
                {t(s.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div>
        <h1 className="text-2xl font-semibold">{title}</h1>
        <p className="mt-1 text-sm text-muted-foreground">{intro}</p>
      </div>
      {children}
    </main>
  );
}
