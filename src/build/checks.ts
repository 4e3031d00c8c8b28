/**
 * `npm run checks`: lint and the type check at the same time (each keeps one core busy, and a
 * test machine has two), each one's output printed whole when it ends, so nothing interleaves.
 * Exits with the first failure's code after both have ended, so every problem is shown at once.
 */
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const SCRIPTS = ['lint', 'typecheck'];

function run(script: string): Promise<number> {
  return new Promise((done) => {
    const started = Date.now();
    const child = spawn(npm, ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => out.push(b));
    child.on('error', (e) => {
      out.push(Buffer.from(`${e.message}\n`));
      done(1);
    });
    child.on('close', (code) => {
      const text = Buffer.concat(out).toString('utf8').trimEnd();
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      const verdict = code === 0 ? 'passed' : `FAILED (exit ${code ?? 'by signal'})`;
      process.stdout.write(`${text ? `${text}\n` : ''}npm run ${script}: ${verdict} in ${seconds} s\n`);
      done(code ?? 1);
    });
  });
}

const codes = await Promise.all(SCRIPTS.map(run));
process.exit(codes.find((c) => c !== 0) ?? 0);
