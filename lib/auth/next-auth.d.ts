import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    /** The server-side session row this browser's JWT names (lib/auth/user-sessions.ts). */
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}
