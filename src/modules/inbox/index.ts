import "./db/tables.ts";
import "./db/reception-tables.ts";

export { acceptItem } from "./commands/accept-item.ts";
export { addNote } from "./commands/add-note.ts";
export { answerItem } from "./commands/answer-item.ts";
export { answerVisit, visitToItem } from "./commands/answer-visit.ts";
export { assignItem } from "./commands/assign-item.ts";
export { classifyItem } from "./commands/classify-item.ts";
export { closeItem } from "./commands/close-item.ts";
export { grantIdentity } from "./commands/grant-identity.ts";
export { mergeItem } from "./commands/merge-item.ts";
export { planReception, postReceptionSchedule } from "./commands/plan-reception.ts";
export { rateItem } from "./commands/rate-item.ts";
export { recordDialogue } from "./commands/record-dialogue.ts";
export { recordVisit } from "./commands/record-visit.ts";
export { refuseItem } from "./commands/refuse-item.ts";
export {
  receiveItem,
  type SubmitInput,
  submitItem,
  type TargetUnit,
} from "./commands/submit-item.ts";
export { extendItem, resumeItem, suspendItem } from "./commands/suspend-item.ts";
export { sweepClocks, sweepClocksIn } from "./commands/sweep-clocks.ts";
export { transferItem } from "./commands/transfer-item.ts";
export { viewIdentity } from "./commands/view-identity.ts";
export { withdrawItem } from "./commands/withdraw-item.ts";
