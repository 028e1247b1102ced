import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // Native and embedded-database packages must stay outside the bundle so the
  // custom server and the Next.js routes share one PGlite instance and one argon2 binding.
  // react-pdf (on Next's default list too) renders PDFs with its own React reconciler,
  // which the react-server build that route handlers are bundled with lacks.
  // Yjs and its protocol packages likewise: one copy in the process, shared with the
  // collaboration server (two copies of Yjs break its instanceof checks, and it warns).
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@node-rs/argon2",
    "postgres",
    "ioredis",
    "nodemailer",
    "@react-pdf/renderer",
    "yjs",
    "y-protocols",
    "lib0",
    "y-websocket",
    "y-indexeddb",
    "pino",
    "prom-client",
  ],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: { authInterrupts: true },
};

export default withNextIntl(nextConfig);
