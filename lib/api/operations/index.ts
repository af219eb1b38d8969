// Every operation of the MTurk Requester API model, by name. Each lives with its neighbours in a file
// named for what it works on; all of them call the same domain functions as the pages.
import type { Operation } from "./types";
import * as account from "./account";
import * as hitCreation from "./hit-creation";
import * as assignments from "./assignments";
import * as bonuses from "./bonuses";
import * as workerRelations from "./worker-relations";
import * as qualificationTypes from "./qualification-types";
import * as qualificationGrants from "./qualification-grants";
import * as qualificationRequests from "./qualification-requests";
import * as hitListing from "./hit-listing";
import * as hitManagement from "./hit-management";
import * as notifications from "./notifications";

export const operations: Record<string, Operation> = {
  ...account,
  ...hitCreation,
  ...assignments,
  ...bonuses,
  ...workerRelations,
  ...qualificationTypes,
  ...qualificationGrants,
  ...qualificationRequests,
  ...hitListing,
  ...hitManagement,
  ...notifications,
};
