// Run the selfhelp CLI in this process and report its peak RSS (worker threads included) on the last
// stderr line, so the benchmark can read memory without platform tools.
import { runCli } from '../dist/src/cli/run.js';

const sink = { write: () => true };
const code = await runCli(process.argv.slice(2), { stdout: sink, stderr: sink, cwd: process.cwd() });
process.stderr.write(`\n${JSON.stringify({ exitCode: code, maxRssKb: process.resourceUsage().maxRSS })}\n`);
process.exit(0);
