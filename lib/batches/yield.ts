// Long loops of short transactions (publishing a batch, expiring its HITs) share the process's database
// connection with page requests; letting the event loop turn between transactions keeps those requests
// from waiting behind the whole loop.
import { setImmediate } from "node:timers/promises";

export const yieldToOthers = (): Promise<void> => setImmediate();
