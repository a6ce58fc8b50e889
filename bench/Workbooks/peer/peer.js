// Peer baseline: SheetJS (npm "xlsx") reads the same workbooks as the .NET reader.
// Usage: node peer.js FILE_OR_DIR [iterations]   → one JSON line {seconds, cpuSeconds, files, rows, peakMB}
'use strict';
const fs = require('fs');
const path = require('path');
const XLSX = require('xlsx');

const target = process.argv[2];
const iterations = Number(process.argv[3] || 1);
const files = fs.statSync(target).isDirectory()
  ? fs.readdirSync(target).filter(f => f.endsWith('.xlsx')).sort().map(f => path.join(target, f))
  : [target];

function readAll(list = files) {
  let rows = 0;
  for (const file of list) {
    const wb = XLSX.read(fs.readFileSync(file), { type: 'buffer', dense: true });
    // The member list is the sheet holding table OR_MemberList; SheetJS has no table API, so take it by position
    // (5th sheet), as a script written for this template would.
    const sheet = wb.Sheets[wb.SheetNames[4]];
    const data = XLSX.utils.sheet_to_json(sheet, { header: 1, range: 5, blankrows: false });
    rows += data.length;
  }
  return rows;
}

readAll(files.slice(0, 100)); // warm-up (JIT) on the first 100 files, like the .NET side
const times = [];
const cpus = [];
let rows = 0;
for (let i = 0; i < iterations; i++) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  rows = readAll();
  times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  const c = process.cpuUsage(c0);
  cpus.push((c.user + c.system) / 1e6);
}
times.sort((a, b) => a - b);
cpus.sort((a, b) => a - b);
const peakMB = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ seconds: times[Math.floor(times.length / 2)], cpuSeconds: cpus[Math.floor(cpus.length / 2)], files: files.length, rows, peakMB }));
