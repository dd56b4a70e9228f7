/**
 * Configuration from flags and environment, validated once at start.
 * --db / KONTAKTA_DB: sqlite:PATH (default sqlite:./data/kontakta.db) or postgres://…
 * --port / PORT: default 3000.
 * --secure-cookies / KONTAKTA_SECURE_COOKIES=1, --trust-proxy / KONTAKTA_TRUST_PROXY=1,
 * --session-idle-hours / KONTAKTA_SESSION_IDLE_HOURS (8), --session-max-days / KONTAKTA_SESSION_MAX_DAYS (14).
 */
import { z } from 'zod';

export const DEFAULT_DB = 'sqlite:./data/kontakta.db';

const ConfigSchema = z.object({
  db: z.string().refine((v) => v.startsWith('sqlite:') || /^postgres(ql)?:\/\//.test(v), {
    message: 'must be sqlite:PATH or a postgres:// URL',
  }),
  port: z.coerce.number().int().min(0).max(65535),
  host: z.string(),
  adminEmail: z.string().min(3),
  adminPassword: z.string().optional(),
  secureCookies: z.boolean(),
  trustProxy: z.boolean(),
  sessionIdleHours: z.coerce.number().positive().max(24 * 365),
  sessionMaxDays: z.coerce.number().positive().max(3650),
});
export type Config = z.infer<typeof ConfigSchema>;

export type ConfigFlags = {
  db?: string; port?: string | number; host?: string;
  secureCookies?: boolean; trustProxy?: boolean; sessionIdleHours?: string; sessionMaxDays?: string;
};

const envFlag = (v: string | undefined) => v === '1' || v?.toLowerCase() === 'true';

export function loadConfig(flags: ConfigFlags = {}, env = process.env): Config {
  const parsed = ConfigSchema.safeParse({
    db: flags.db ?? env.KONTAKTA_DB ?? DEFAULT_DB,
    port: flags.port ?? env.PORT ?? 3000,
    host: flags.host ?? env.HOST ?? '127.0.0.1',
    adminEmail: env.KONTAKTA_ADMIN_EMAIL || 'admin@localhost',
    adminPassword: env.KONTAKTA_ADMIN_PASSWORD || undefined,
    secureCookies: flags.secureCookies ?? envFlag(env.KONTAKTA_SECURE_COOKIES),
    trustProxy: flags.trustProxy ?? envFlag(env.KONTAKTA_TRUST_PROXY),
    sessionIdleHours: flags.sessionIdleHours ?? env.KONTAKTA_SESSION_IDLE_HOURS ?? 8,
    sessionMaxDays: flags.sessionMaxDays ?? env.KONTAKTA_SESSION_MAX_DAYS ?? 14,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`invalid configuration: ${issue.path.join('.')} ${issue.message}`);
  }
  return parsed.data;
}
