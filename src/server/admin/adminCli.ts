/** The admin CLI process: `node dist/server/adminCli.js COMMAND [options]`, or `npm run server:admin -- …` (see adminArgs.ts for the usage). */
import { promptHidden, readPasswordFromStdin } from './readPassword';
import { runAdminCli } from './runAdminCli';

process.exitCode = await runAdminCli(process.argv.slice(2), {
  env: process.env,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  readStdin: () => readPasswordFromStdin(process.stdin),
  ...(process.stdin.isTTY && process.stderr.isTTY ? { prompt: (question: string) => promptHidden(question, process.stdin, process.stderr) } : {}),
});
