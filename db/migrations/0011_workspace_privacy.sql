ALTER TABLE "workspaces" ADD COLUMN "retention_months" integer;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "retention_mode" text DEFAULT 'anonymise' NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "consent_text" text;