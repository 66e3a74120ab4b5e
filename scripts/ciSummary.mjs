// Prints `N passed, N failed` from vitest's JSON report. A run that failed before vitest
// (type-check, lint, build) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const [reportPath, exitStatus] = process.argv.slice(2);
if (!existsSync(reportPath)) {
  console.log(`npm test failed before the tests ran (exit ${exitStatus})`);
  console.log('0 passed, 1 failed');
  process.exit(0);
}
const report = JSON.parse(readFileSync(reportPath, 'utf8'));
// A file that failed without a failing test (an import error, a hook) counts once.
const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed')).length;
const failed = report.numFailedTests + brokenFiles;
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`${report.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
