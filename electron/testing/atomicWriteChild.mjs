// Child process for electron/atomicWrite.kill.test.ts: writes one payload with write-file-atomic, the
// library the app saves with, using the options the test passes (the app's ATOMIC_WRITE_OPTIONS).
// Plain .mjs so plain Node runs it without a TypeScript loader; the test kills it mid-write.
//
//   node atomicWriteChild.mjs <target> <payloadBytes> <pattern> <optionsJson>
//
// The payload is <pattern> repeated to <payloadBytes>, so the test can rebuild it and compare exactly.
// Prints "writing" just before the write starts (after the payload is built) and "done" after it.
import writeFileAtomic from 'write-file-atomic';

const [target, size, pattern, optionsJson] = process.argv.slice(2);
if (!target || !size || !pattern || !optionsJson) {
  process.stderr.write('usage: node atomicWriteChild.mjs <target> <payloadBytes> <pattern> <optionsJson>\n');
  process.exit(2);
}
const payload = Buffer.alloc(Number(size), pattern);
process.stdout.write('writing\n');
await writeFileAtomic(target, payload, JSON.parse(optionsJson));
process.stdout.write('done\n');
