// The security scan of `npm test` (issue 3 item 8; security-and-architecture.md §1.3):
// @doyensec/electronegativity over the built main, preload and renderer bundles. Any HIGH
// finding fails the scan, unless the line carries an inline `eng-disable` with its reason.
// The programmatic runner is used because the package's CLI breaks on current commander.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity'); // module.exports is the runner itself
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;

// Checks that need the network to fetch Electron's release list: Dossier is built air-gapped,
// and the Electron version is pinned in package.json and reviewed by hand (checklist #16).
const OFFLINE_EXCLUDED = ['availablesecurityfixesglobalcheck'];

// One scan over all of out/ so the global checks see main's guards and the renderer's CSP together.
const targets = ['out'];
let high = 0;
let total = 0;
for (const target of targets) {
  const input = join(root, target);
  if (!existsSync(input)) {
    console.error(`security scan: ${target} is missing; run npm run build first.`);
    process.exit(1);
  }
  const result = await run(
    { input, isRelative: true, customScan: [], excludeFromScan: OFFLINE_EXCLUDED, parserPlugins: [], severitySet: 'informational', confidenceSet: 'tentative', electronVersionOverride: electronVersion },
    false,
  );
  for (const error of result.errors.filter((e) => !e.tolerable)) console.error(`security scan: could not parse ${error.file}: ${error.message}`);
  for (const issue of result.issues.filter((i) => !i.file.startsWith('types/') && !i.file.startsWith('cli/'))) {
    total++;
    const severity = issue.severity.name;
    const line = `${severity.padEnd(13)} ${issue.confidence.name.padEnd(9)} ${issue.id.padEnd(40)} ${target}/${issue.file}:${issue.location.line}`;
    if (severity === 'HIGH') {
      high++;
      console.error(`FAIL ${line}`);
    } else {
      console.log(`     ${line}`);
    }
  }
  if (result.errors.some((e) => !e.tolerable)) process.exit(1);
}
console.log(`security scan: ${total} finding(s), ${high} HIGH, over ${targets.join(', ')} (Electron ${electronVersion}).`);
process.exit(high > 0 ? 1 : 0);
