// Where a worker goes after submitting: back to the queue, or, when working through a group ("accept
// and work"), to the group's page, which accepts the next HIT by itself.
export function afterSubmitHref(hitTypeId: string, chaining: boolean): string {
  return chaining && /^[A-Z0-9]{30}$/.test(hitTypeId) ? `/work/groups/${hitTypeId}?chain=1` : "/work/assignments?submitted=1";
}
