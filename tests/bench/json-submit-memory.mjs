// Memory of the service under four concurrent 80 MB JSON submissions (issue 14): starts ThiDua.Service (Development,
// local sign-in, its own SQLite folder), warms it with one real submission, then sends four 80 MB submissions of about
// 270,000 chỉ tiêu at once — declared with Content-Length, then chunked — four 27 MB submissions carrying 20 MB that is
// not a .docx, and four of the largest allowed submission (2,000 chỉ tiêu and a real .docx of just under 20 MB: a corpus
// plan with an incompressible image part, made with python3's zipfile, which the package guard accepts and the database
// stores), sampling the service's resident memory (/proc/<pid>/status) every 20 ms. Prints the peak of each round and
// exits 1 when one passes 500 MB.
//
//   THIDUA_SERVICE_DLL=/path/ThiDua.Service.dll node tests/bench/json-submit-memory.mjs
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startService } from "../browser/support/service.mjs";

const LIMIT_MB = 500;
const plan = { issuer: "Ủy ban nhân dân xã Trí Yên", year: 2024, subject: "Thi đua, khen thưởng năm 2024", date: "2024-02-01" };
const kpi = (n) => JSON.stringify({
  code: `thu-ngan-sach-${n}`, label: `Thu ngân sách nhà nước trên địa bàn đạt chỉ tiêu số ${n}`, sector: "kinh-te", comparator: ">=",
  value: n % 1000, valueAsWritten: String(n % 1000), unit: "%", qualitative: false,
  source: { sentence: "Phấn đấu hoàn thành", paragraph: 12, location: "Nội dung", row: 0 },
});

function body80MB() {
  const parts = [`{"file":"ke-hoach.json","plan":${JSON.stringify(plan)},"kpis":[`];
  let size = parts[0].length;
  for (let i = 0; size < 80 * 1024 * 1024; i++) {
    const item = (i ? "," : "") + kpi(i);
    parts.push(item);
    size += Buffer.byteLength(item);
  }
  parts.push("]}");
  return Buffer.from(parts.join(""));
}

function rssMB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) / 1024;
}

async function round(name, pid, send) {
  let peak = rssMB(pid);
  const sampler = setInterval(() => { peak = Math.max(peak, rssMB(pid)); }, 20);
  const started = performance.now();
  const statuses = await Promise.all([0, 1, 2, 3].map(() => send().catch((e) => `error: ${e.cause?.code ?? e.message}`)));
  const ms = performance.now() - started;
  await new Promise((r) => setTimeout(r, 500));
  clearInterval(sampler);
  peak = Math.max(peak, rssMB(pid));
  console.log(`${name}: ${statuses.join(", ")} in ${ms.toFixed(0)} ms; peak ${peak.toFixed(0)} MB, after ${rssMB(pid).toFixed(0)} MB`);
  return peak;
}

/** A real plan grown to just under the file limit (20 MB) by an image part of random bytes, stored uncompressed. */
function largestDocx() {
  const folder = mkdtempSync(join(tmpdir(), "thidua-json-memory-"));
  try {
    const corpus = new URL("../../../shared/corpus/tri-yen-2024.docx", import.meta.url).pathname;
    const out = join(folder, "largest.docx");
    const script = [
      "import sys, zipfile, os",
      "src, out = sys.argv[1], sys.argv[2]",
      "with zipfile.ZipFile(src) as z, zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as o:",
      "    for i in z.infolist(): o.writestr(i, z.read(i.filename))",
      "    o.writestr(zipfile.ZipInfo('word/media/padding.bin'), os.urandom(20 * 1024 * 1024 - os.path.getsize(src) - 64 * 1024), zipfile.ZIP_STORED)",
    ].join("\n");
    execFileSync("python3", ["-c", script, corpus, out]);
    return readFileSync(out);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const big = body80MB();
const withFile = Buffer.from(JSON.stringify({ file: "ke-hoach.docx", plan, kpis: [JSON.parse(kpi(1))], docx: Buffer.alloc(20 * 1024 * 1024, 7).toString("base64") }));
const largest = largestDocx();
const kpis2000 = Array.from({ length: 2000 }, (_, i) => JSON.parse(kpi(i)));
// Each of the four is another plan (its own year), so each is stored rather than found unchanged.
const largestBody = (n) => Buffer.from(JSON.stringify({ file: `ke-hoach-${n}.docx`, plan: { ...plan, year: 2030 + n }, kpis: kpis2000, docx: largest.toString("base64") }));
const largestBodies = [0, 1, 2, 3].map(largestBody);
const service = await startService();
const pid = service.pid;
try {
  const post = (path, body, init = {}) => fetch(`${service.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body, ...init })
    .then(async (r) => { await r.arrayBuffer(); return r.status; });
  await post("/api/plans/submit", JSON.stringify({ plan, kpis: [JSON.parse(kpi(1))] }));
  console.log(`warm: ${rssMB(pid).toFixed(0)} MB`);
  const chunked = () => new ReadableStream({
    start(controller) {
      for (let i = 0; i < big.length; i += 1 << 20) controller.enqueue(big.subarray(i, i + (1 << 20)));
      controller.close();
    },
  });
  const peaks = [
    await round("4 × 80 MB JSON, Content-Length", pid, () => post("/api/plans/submit", big)),
    await round("4 × 80 MB JSON, chunked", pid, () => post("/api/plans/submit", chunked(), { duplex: "half" })),
    await round("4 × 27 MB JSON with a 20 MB file", pid, () => post("/api/plans/submit", withFile)),
    await round(`4 × the largest allowed: 2,000 chỉ tiêu and a ${(largest.length / 1048576).toFixed(1)} MB .docx (${(largestBodies[0].length / 1048576).toFixed(1)} MB)`, pid,
      (() => { let n = 0; return () => post("/api/plans/submit", largestBodies[n++]); })()),
  ];
  const health = await fetch(`${service.url}/health`);
  console.log(`alive after: ${health.status}; highest peak ${Math.max(...peaks).toFixed(0)} MB (limit ${LIMIT_MB} MB)`);
  process.exitCode = Math.max(...peaks) > LIMIT_MB || !health.ok ? 1 : 0;
} finally {
  await service.stop();
}
