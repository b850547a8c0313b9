import "./db/tables.ts";

export { addBallotRound } from "./commands/add-ballot-round.ts";
export { castOnlineVote } from "./commands/cast-online-vote.ts";
export { castOnlineVotes } from "./commands/cast-online-votes.ts";
export { openConventionAdoption } from "./commands/convention-adoption.ts";
export { submitConventionDossier } from "./commands/convention-dossier.ts";
export { saveConventionDraft } from "./commands/convention-draft.ts";
export { postConventionDraft } from "./commands/convention-post.ts";
export { proposeConvention } from "./commands/convention-propose.ts";
export { decideConventionRecognition } from "./commands/convention-recognition.ts";
export { recordConventionResult } from "./commands/convention-result.ts";
export { signConvention } from "./commands/convention-sign.ts";
export { setDraftingTeam } from "./commands/convention-team.ts";
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
export { voteSchema } from "./http/schemas.ts";
export { mattersForUnit } from "./queries/unit-matters.ts";
export {
  loadPublicMatter,
  type PublicMatter,
  type PublicRound,
  publicMatters,
} from "./queries/visible-matter.ts";
