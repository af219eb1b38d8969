// Encryption of API secret keys at rest (AES-256-GCM). SigV4 needs the secret itself to recompute a
// signature, so it cannot be hashed like a password; a stolen database alone does not give the keys.
// The key comes from PIECEWORK_SECRET_KEY, or is generated on first use and kept in the data directory.
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

let cachedKey: Buffer | undefined;

function masterKey(): Buffer {
  if (cachedKey) return cachedKey;
  let material = process.env.PIECEWORK_SECRET_KEY;
  if (!material) {
    const dir = process.env.PIECEWORK_DATA_DIR ?? join(process.cwd(), "data");
    const file = join(dir, "api-secret-key");
    mkdirSync(dir, { recursive: true });
    // "wx" fails when another process created the file first; then we read theirs.
    if (!existsSync(file)) {
      try {
        writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      }
    }
    material = readFileSync(file, "utf8").trim();
  }
  // Any string works as material; hashing gives the 32 bytes AES-256 needs.
  cachedKey = createHash("sha256").update(material).digest();
  return cachedKey;
}

/** A key of its own for each other use of the master key (signed links, ...), so no two uses share one. */
export function derivedKey(purpose: string): Buffer {
  return createHmac("sha256", masterKey()).update(`piecework:${purpose}`).digest();
}

/** "v1.<iv>.<tag>.<ciphertext>", base64url parts. */
export function seal(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", masterKey(), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

export function open(sealed: string): string {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || body === undefined) throw new Error("Unreadable sealed secret");
  const decipher = createDecipheriv("aes-256-gcm", masterKey(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}
