/**
 * Node flags the server runs with (`npm start`; the benchmark starts it the same way). V8's young
 * generation grows to 32 MB under a burst of allocation (a report streaming 100,000 contacts) and
 * shrinks again when the server idles, so every burst after a quiet spell added 30 MB to the
 * process. Capped at 2 × 4 MB, a large report stays within 20–30 MB of the idle size, and no
 * slower (the short-lived row objects are collected as cheaply).
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4'];
