import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArgs } from "./args";
import { CONNECTION_OPTIONS, resolveConnection } from "./config";

const home = mkdtempSync(join(tmpdir(), "pw-cli-"));
mkdirSync(join(home, ".piecework"));
writeFileSync(join(home, ".piecework", "config"), "# my server\nendpoint=http://config.example/\naccesskey=AKCONFIG\nsecretkey=configsecret\n");

describe("resolveConnection", () => {
  it("prefers the options, then the environment, then ~/.piecework/config", () => {
    const args = (argv: string[]) => parseArgs(argv, CONNECTION_OPTIONS);
    expect(resolveConnection(args([]), { HOME: home })).toEqual({ endpoint: "http://config.example", accessKeyId: "AKCONFIG", secretAccessKey: "configsecret" });
    const env = { HOME: home, PIECEWORK_ENDPOINT: "http://env.example", AWS_ACCESS_KEY_ID: "AKENV" };
    expect(resolveConnection(args([]), env)).toEqual({ endpoint: "http://env.example", accessKeyId: "AKENV", secretAccessKey: "configsecret" });
    expect(resolveConnection(args(["-endpoint", "http://flag.example", "-secretkey", "s"]), env)).toEqual({ endpoint: "http://flag.example", accessKeyId: "AKENV", secretAccessKey: "s" });
  });

  it("says what is missing and where it can come from", () => {
    const empty = mkdtempSync(join(tmpdir(), "pw-cli-"));
    expect(() => resolveConnection(parseArgs(["-accesskey", "a"], CONNECTION_OPTIONS), { HOME: empty })).toThrow(
      `Piecework needs the endpoint (-endpoint), the secret key (-secretkey): give the option, set the environment, or write ${join(empty, ".piecework", "config")}`,
    );
  });
});
