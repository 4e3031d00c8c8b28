/**
 * zod 4 compiles object parsers with `new Function` unless told not to; the game's CSP has no
 * 'unsafe-eval', and even zod's caught probe is reported as a violation. zod/mini (which the
 * schemas use, for a smaller title-screen bundle) has no messages of its own: the English
 * locale gives the default messages classic zod prints ("Too big: expected string to have
 * <=64 characters"), which parse errors show. Imported first by main.ts and by every module
 * that builds a schema (module evaluation order), so both hold before any schema is built or
 * parsed.
 */
import { z } from 'zod/mini';

z.config({ jitless: true });
z.config(z.locales.en());
