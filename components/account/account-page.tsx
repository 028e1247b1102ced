import Link from "next/link";
import type * as React from "react";

/** The frame of an account page: the way back, a title and what the page is for. */
export function AccountPage({ back, title, intro, children }: { back: string; title: string; intro: string; children: React.ReactNode }) {
  return (
    <main className="mx-auto flex min-h-screen max-w-2xl flex-col gap-6 p-6">
      <Link href="/" className="text-sm text-primary underline-offset-4 hover:underline">
        {back}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">{title}</h1>
        <p className="mt-1 text-sm text-muted-foreground">{intro}</p>
      </div>
      {children}
    </main>
  );
}
