"use client";

// Cancelling the rest of a batch, after a confirmation: its HITs expire and their unused escrow comes back.
import { ActionForm } from "@/components/ui/action-form";
import { Dialog, DialogFooter } from "@/components/ui/dialog";
import { SubmitButton } from "@/components/ui/submit-button";
import { cancelBatchAction } from "@/app/requester/batches/[batchId]/actions";

export function CancelBatch({ batchId }: { batchId: string }) {
  return (
    <Dialog
      triggerLabel="Cancel the rest of the batch"
      triggerVariant="danger"
      triggerSize="sm"
      title="Cancel the rest of this batch?"
      description="Every HIT of the batch expires now: no new worker can take it, and the reward and fee of each unused assignment go back to your available balance. Work already accepted can still be submitted, and you review it as usual."
    >
      <ActionForm action={cancelBatchAction} hidden={{ batchId }} label="Cancel the batch">
        {(state) => (
          <DialogFooter keepOpen={state.status === "error"}>
            <SubmitButton variant="danger" pendingLabel="Cancelling…">Cancel the batch</SubmitButton>
          </DialogFooter>
        )}
      </ActionForm>
    </Dialog>
  );
}
