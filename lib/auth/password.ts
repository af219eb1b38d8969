// Password hashing with bcrypt (bcryptjs: maintained, pure JavaScript, no native build).
import bcrypt from "bcryptjs";

const COST = process.env.NODE_ENV === "test" || process.env.PIECEWORK_FAST_HASH === "1" ? 4 : 11;

export const hashPassword = (password: string): Promise<string> => bcrypt.hash(password, COST);
export const verifyPassword = (password: string, hash: string): Promise<boolean> => bcrypt.compare(password, hash);

/** A hash of nothing, compared against when the email is unknown, so timing does not reveal accounts. */
export const dummyHash = bcrypt.hashSync("piecework-dummy-password", 4);
