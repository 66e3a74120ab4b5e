/** The admin CLI process: `npm run server:admin -- COMMAND [options]` (see adminArgs.ts for the usage). */
import { runAdminCli } from './runAdminCli';

process.exitCode = await runAdminCli(process.argv.slice(2), {
  env: process.env,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
