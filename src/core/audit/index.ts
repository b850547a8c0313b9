import "./tables.ts";

export { auditEvents as auditMigration } from "./migrations/20261122-01-audit-events.ts";
export { type AuditInput, recordEvent } from "./record-event.ts";
export { recordEvents } from "./record-events.ts";
export { type ChainProblem, type VerifyResult, verifyChains } from "./verify-chains.ts";
