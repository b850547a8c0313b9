import { randomBytes } from "node:crypto";

/**
 * Votes are audited on chains of their own, 64 per round, so that thousands of households voting
 * at once do not queue on the village's single chain head. Keys are negative (units are positive).
 */
export const voteChain = (roundId: number, householdId: number) =>
  -(roundId * 64 + (householdId % 64)) - 1;

/** The receipt a household keeps: unguessable, shows that its vote was counted, not how. */
export const newReceipt = () => randomBytes(12).toString("base64url");
