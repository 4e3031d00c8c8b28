/**
 * `npm run check-plan -- <plan.json> [--json] [--levels-dir <dir>]`
 * Exit 0: lawful (notices allowed). Exit 1: a violation or restriction. Exit 2: the input
 * cannot be checked — one line on stderr naming the file and JSON path, never a stack trace.
 * The checker is imported dynamically so that even a failure while loading it is one line.
 */
export {};

const planArg = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '<plan>';

// A reader that stops early (`| head`) must not turn into a stack trace.
process.stdout.on('error', () => undefined);

try {
  const { main } = await import('./run-check-plan');
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  // Outside text escaped by hand here: even the escaping module may be what failed to load.
  const line = `check-plan: ${planArg}: $: cannot check the plan (${text.replace(/\s+/g, ' ').trim()})`;
  // eslint-disable-next-line no-control-regex
  process.stderr.write(`${line.slice(0, 400).replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')}\n`);
  process.exitCode = 2;
}
