/**
 * `npm run class-report -- <file with one result code per line> [--csv]` (SHARE-CODES.md).
 * Exit 0 when every line was read, 1 when some were not (the rest is still printed), 2 when
 * the file itself cannot be read.
 */
export {};

process.stdout.on('error', () => undefined);

try {
  const { main } = await import('./run-class-report');
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  process.stderr.write(`class-report: cannot read the codes (${text.replace(/\s+/g, ' ').trim()})\n`);
  process.exitCode = 2;
}
