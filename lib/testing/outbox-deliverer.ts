// A separate process that delivers the outbox once (tests kill it mid-delivery to prove nothing is lost).
import { deliverOutbox } from "@/lib/jobs/outbox";

deliverOutbox().then(
  (counts) => {
    console.log(JSON.stringify(counts));
    process.exit(0);
  },
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
