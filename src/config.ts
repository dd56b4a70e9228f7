/**
 * Configuration from flags and environment, validated once at start.
 * --db / KONTAKTA_DB: sqlite:PATH (default sqlite:./data/kontakta.db) or postgres://…
 * --port / PORT: default 3000.
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
});
export type Config = z.infer<typeof ConfigSchema>;

export function loadConfig(flags: { db?: string; port?: string | number; host?: string } = {}, env = process.env): Config {
  const parsed = ConfigSchema.safeParse({
    db: flags.db ?? env.KONTAKTA_DB ?? DEFAULT_DB,
    port: flags.port ?? env.PORT ?? 3000,
    host: flags.host ?? env.HOST ?? '127.0.0.1',
    adminEmail: env.KONTAKTA_ADMIN_EMAIL || 'admin@localhost',
    adminPassword: env.KONTAKTA_ADMIN_PASSWORD || undefined,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`invalid configuration: ${issue.path.join('.')} ${issue.message}`);
  }
  return parsed.data;
}
