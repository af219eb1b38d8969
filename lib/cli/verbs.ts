// Every verb of the piecework command, in the order the help lists them: the analyst's workflow.
import { getBalance } from "./account";
import { approveWork, rejectWork, reviewResults } from "./assignments";
import { deleteHITs, extendHITs, updateHITs } from "./hit-management";
import { loadHITs } from "./load-hits";
import { makeTemplate } from "./make-template";
import { assignQualification, revokeQualification, updateQualificationScore } from "./qualification-grants";
import { approveQualificationRequests, getQualificationRequests, rejectQualificationRequests } from "./qualification-requests";
import { createQualificationType, updateQualificationType } from "./qualification-types";
import { getResults } from "./results";
import type { Verb } from "./verb";
import { blockWorker, grantBonus, unblockWorker } from "./workers";

export const VERBS: Verb[] = [
  makeTemplate,
  getBalance,
  loadHITs,
  getResults,
  reviewResults,
  approveWork,
  rejectWork,
  grantBonus,
  blockWorker,
  unblockWorker,
  extendHITs,
  updateHITs,
  deleteHITs,
  createQualificationType,
  updateQualificationType,
  assignQualification,
  updateQualificationScore,
  revokeQualification,
  getQualificationRequests,
  approveQualificationRequests,
  rejectQualificationRequests,
];
