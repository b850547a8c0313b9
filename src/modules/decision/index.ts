import "./db/tables.ts";

export { addBallotRound } from "./commands/add-ballot-round.ts";
export { castOnlineVote } from "./commands/cast-online-vote.ts";
export { countRound } from "./commands/count-round.ts";
export { dispatchRecord } from "./commands/dispatch-record.ts";
export { enterPaperBallot } from "./commands/enter-paper-ballot.ts";
export { finaliseRecord } from "./commands/finalise-record.ts";
export { type OpenMatterInput, openMatter } from "./commands/open-matter.ts";
export { openRound } from "./commands/open-round.ts";
export { prepareRound } from "./commands/prepare-round.ts";
export { recordHands } from "./commands/record-hands.ts";
export { recordProceduralVote } from "./commands/record-procedural-vote.ts";
export { recordWitnesses } from "./commands/record-witnesses.ts";
export { registerAttendance } from "./commands/register-attendance.ts";
export { saveRecord } from "./commands/save-record.ts";
export { roundsOf } from "./db/decision.repo.ts";
