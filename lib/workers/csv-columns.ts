// The workers file's fixed column names and the reason a block from it gets: plain values, shared by
// the download, the upload and the page that explains them.
export const WORKER_ID_COLUMN = "Worker ID";
export const BLOCK_UPDATE_COLUMN = "UPDATE-BlockStatus";
export const UPDATE_PREFIX = "UPDATE-";
export const currentColumn = (name: string) => `CURRENT-${name}`;
export const updateColumn = (name: string) => `${UPDATE_PREFIX}${name}`;
/** The reason recorded for a block made from the file (the file has no room for one, as on MTurk). */
export const FILE_BLOCK_REASON = "Blocked with the workers CSV upload.";
