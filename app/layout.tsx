import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { headers } from "next/headers";
import { Toaster } from "sonner";
import { publicFormLocale } from "@/lib/evidence/forms/public-form";
import "./globals.css";

export const metadata: Metadata = {
  title: "Journeyboard",
  description: "Customer journey maps, co-edited live, with evidence on every touchpoint.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const requestHeaders = await headers();
  // Reading the request makes every page render per request, so each gets proxy.ts's fresh CSP nonce.
  requestHeaders.get("x-nonce");
  // A public feedback form speaks its workspace's language, whatever the visitor's.
  const locale = (await publicFormLocale(requestHeaders.get("x-pathname"))) ?? (await getLocale());
  return (
    <html lang={locale}>
      <body className="min-h-screen antialiased">
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
        <Toaster position="bottom-right" richColors closeButton />
      </body>
    </html>
  );
}
