import { ensureGeneratedSecrets } from "@/lib/config/env";
import { closeDb } from "./client";
import { runMigrations } from "./migrate";

ensureGeneratedSecrets();
await runMigrations();
await closeDb();
console.log("migrations applied");
