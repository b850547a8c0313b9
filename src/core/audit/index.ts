import "./tables.ts";
export { recordEvent, type AuditInput } from "./record-event.ts";
export { verifyChains, type ChainProblem, type VerifyResult } from "./verify-chains.ts";
export { auditEvents as auditMigration } from "./migrations/20261122-01-audit-events.ts";
