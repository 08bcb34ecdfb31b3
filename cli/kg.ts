import { runCli } from './main';
import { nodeIo } from './nodeIo';

// Entry of the built CLI (dist/cli/kg.cjs). A closed pipe (`… | head`) ends the program quietly
// instead of throwing EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.on('uncaughtException', (error) => {
  process.stderr.write(`kg: unexpected error: ${error.message}\n`);
  process.exit(2);
});

void runCli(process.argv.slice(2), nodeIo()).then((code) => {
  process.exitCode = code;
});
