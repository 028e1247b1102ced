import type * as React from "react";
import { Card, CardTitle } from "@/components/ui/card";
import { LanguageSwitcher } from "@/components/shell/language-switcher";

export function AuthCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-6 bg-muted p-4">
      <p className="text-2xl font-bold text-primary">Journeyboard</p>
      <Card className="w-full max-w-sm">
        <CardTitle className="mb-4">
          <span role="heading" aria-level={1}>{title}</span>
        </CardTitle>
        {children}
      </Card>
      <LanguageSwitcher />
    </main>
  );
}
