/**
 * `npm run share -- <plan.json>`: prints the plan code (SHARE-CODES.md) on one line.
 * Exit 0, or 2 with one stderr line naming the file and JSON path for a bad file.
 */
export {};

process.stdout.on('error', () => undefined);

try {
  const { main } = await import('./run-share');
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  process.stderr.write(`share: cannot make a plan code (${text.replace(/\s+/g, ' ').trim()})\n`);
  process.exitCode = 2;
}
