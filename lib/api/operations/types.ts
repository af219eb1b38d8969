// What every API operation is: a function of the verified caller and its model-validated input.
export interface ApiContext {
  /** The requester who owns the API key that signed the request. */
  requesterId: string;
  requestId: string;
  /** The site's origin as the caller reached it, for URLs in answers (GetFileUploadURL). */
  origin?: string;
}

// Input has been checked against the model's input shape before an operation runs, so an operation
// may read its fields with the types the model gives them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ApiInput = Record<string, any>;

export type Operation = (ctx: ApiContext, input: ApiInput) => Promise<object>;
