// Peer baseline: docxtemplater + pizzip fill the same Báo cáo (header, figure paragraphs, 300-row table) as the C# composer.
// Usage: node fill.js TEMPLATE.docx DATA.json ITERATIONS WARMUP OUT.docx  → prints one JSON line with timings (ms).
const fs = require("fs");
const PizZip = require("pizzip");
const Docxtemplater = require("docxtemplater");

const [template, dataFile, iterations = "200", warmup = "30", out] = process.argv.slice(2);
const content = fs.readFileSync(template);
const data = JSON.parse(fs.readFileSync(dataFile, "utf8"));

function fill() {
  const zip = new PizZip(content);
  const doc = new Docxtemplater(zip, { paragraphLoop: true, linebreaks: true });
  doc.render(data);
  return doc.getZip().generate({ type: "nodebuffer", compression: "DEFLATE" });
}

for (let i = 0; i < Number(warmup); i++) fill();
const times = [];
let last;
const cpu0 = process.cpuUsage();
for (let i = 0; i < Number(iterations); i++) {
  const t0 = process.hrtime.bigint();
  last = fill();
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
const cpu = process.cpuUsage(cpu0);
if (out) fs.writeFileSync(out, last);
times.sort((a, b) => a - b);
const mean = times.reduce((a, b) => a + b, 0) / times.length;
console.log(JSON.stringify({
  tool: "docxtemplater " + require("docxtemplater/package.json").version + " + pizzip " + require("pizzip/package.json").version,
  node: process.version,
  iterations: times.length,
  medianMs: times[Math.floor(times.length / 2)],
  meanMs: mean,
  p95Ms: times[Math.floor(times.length * 0.95)],
  cpuMs: (cpu.user + cpu.system) / 1000 / times.length,
  bytes: last.length,
}));
