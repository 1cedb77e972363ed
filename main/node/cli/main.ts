/** The `jianbao` command line: the same services as the app, over the same library. */
import { runCli } from './run-cli.js';

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
