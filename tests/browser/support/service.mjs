// Starts the real ThiDua.Service for the browser tests on a free loopback port, serving the freshly built pane
// (addin/dist), and stops it afterwards.
//
// THIDUA_SERVICE_DLL=/path/ThiDua.Service.dll runs an already built service (`dotnet <dll>`); otherwise
// `dotnet run -c Release --project service/ThiDua.Service` runs it (building it first if the Release build is stale).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "./paths.mjs";

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`ThiDua.Service stopped (${child.exitCode ?? child.signalCode}) before it was ready`);
    }
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`ThiDua.Service did not answer ${url}/health within ${timeoutMs / 1000} s`);
}

/**
 * Starts the service. @returns {{ url: string, pid: number, stop(): Promise<void>, output(): string }} (`pid`: the `dotnet` process)
 * @param {{ env?: Record<string, string> }} [options] environment variables over the defaults (e.g. `Authentication__Mode`
 *   and `AzureAd__…` to sign in against a stand-in identity provider instead of the local-development mode)
 */
export async function startService(options = {}) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dll = process.env.THIDUA_SERVICE_DLL;
  const args = dll
    ? [dll, "--urls", url]
    : [
        "run",
        "--project",
        join(repoRoot, "service", "ThiDua.Service"),
        "-c",
        "Release",
        "--no-launch-profile",
        "--",
        "--urls",
        url,
      ];
  const dataDir = mkdtempSync(join(tmpdir(), "thidua-browser-"));
  const child = spawn("dotnet", args, {
    cwd: repoRoot,
    env: {
      ...process.env,
      // Sign-in (Microsoft Entra ID) is replaced by the service's anonymous local-development mode, which it allows
      // only outside Production: the pane's flows are tested here, not the identity provider.
      ASPNETCORE_ENVIRONMENT: "Development",
      Authentication__Mode: "LocalDevelopment",
      DOTNET_CLI_TELEMETRY_OPTOUT: "1",
      DOTNET_NOLOGO: "1",
      Pane__Root: join(repoRoot, "addin", "dist"),
      Database__DataFolder: dataDir,
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group: `dotnet run` starts the service as a child process, and both are stopped together.
    detached: true,
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const signal = (name) => {
        try {
          process.kill(-child.pid, name);
        } catch {
          // the group is already gone
        }
      };
      signal("SIGTERM");
      const timer = setTimeout(() => signal("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(url, child, dll ? 60_000 : 300_000);
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\n--- service output ---\n${log.slice(-4000)}`);
  }
  return { url, pid: child.pid, stop, output: () => log };
}
