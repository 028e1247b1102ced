/** The honeypot input: hidden from people (aria-hidden, off-screen, no tab stop), filled in by bots. */
export const HONEYPOT_FIELD = "website";
