/**
 * zod 4 compiles object parsers with `new Function` unless told not to; the game's CSP has no
 * 'unsafe-eval', and even zod's caught probe is reported as a violation. Imported first by
 * main.ts (module evaluation order), before any schema is built.
 */
import { z } from 'zod';

z.config({ jitless: true });
