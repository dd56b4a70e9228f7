/** Time comes from a port so use cases stay testable; the domain never reads the clock. */
export type Clock = { now: () => Date };
export const systemClock: Clock = { now: () => new Date() };
