import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm run sounds', () => {
  it('re-synthesises and re-encodes the committed sprite byte for byte from a clean clone', () => {
    // --check encodes into a temp dir with the ffmpeg shipped in npm and compares with assets/audio.
    const out = execFileSync('npx', ['tsx', 'src/audio/synth/build.ts', '--check'], { encoding: 'utf8' });
    expect(out).toContain('sprite.json unchanged');
    expect(out).toContain('sprite.webm reproduces the committed file byte for byte');
    expect(out).toContain('sprite.mp3 reproduces the committed file byte for byte');
  }, 60_000);
});
