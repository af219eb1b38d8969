// The notification message MTurk sends (EventDocVersion 2014-08-15): one event per document here, so a
// receiver's acknowledgement always covers exactly one event and EventDocId is that event's stable id.
import type { MTurkEvent } from "./outbox";

export const EVENT_DOC_VERSION = "2014-08-15";

export interface EventDoc {
  Events: MTurkEvent[];
  EventDocId: string;
  SourceAccount: string;
  CustomerId: string;
  EventDocVersion: typeof EVENT_DOC_VERSION;
}

export function eventDoc(eventId: string, requesterId: string, event: MTurkEvent): EventDoc {
  return { Events: [event], EventDocId: eventId, SourceAccount: requesterId, CustomerId: requesterId, EventDocVersion: EVENT_DOC_VERSION };
}
