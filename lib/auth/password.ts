import "server-only";
import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's minimum memory cost; memory-hard so offline guessing is expensive.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against a fixed hash when the account does not exist keeps response time
// from telling whether an e-mail address is registered.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hash("journeyboard-timing-equaliser", OPTIONS);
  await verifyPassword(await dummyHash, password);
}
