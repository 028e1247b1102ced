export * from "./auth";
export * from "./workspaces";
export * from "./audit";
export * from "./maps";
export * from "./evidence";
