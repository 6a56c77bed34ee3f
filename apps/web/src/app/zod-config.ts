import { z } from 'zod';

// The server's Content-Security-Policy forbids eval, and zod probes `new Function('')` to
// decide whether to compile its parsers; the refused probe is logged as an error on every
// page. Imported first by main.tsx, before any schema from @liuhen/domain is built or used.
z.config({ jitless: true });
