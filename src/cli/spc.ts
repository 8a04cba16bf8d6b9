/** CLI entry: `npm run --silent spc -- FILE [options]` (see `main.ts` and `--help`). */
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
});
