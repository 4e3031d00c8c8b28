/**
 * Runs before every browser test file (vite.config.ts `setupFiles`): when the file ends, the
 * contexts it opened in the shared Chromium close, so none of its pages runs on, or keeps a
 * server open, while the next file runs.
 */
import { afterAll } from 'vitest';
import { closeContexts } from './shared-browser';

afterAll(closeContexts);
