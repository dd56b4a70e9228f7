import { z } from 'zod';

export const EmployeeSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  initials: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  isAccountManager: z.boolean(),
  active: z.boolean(),
  role: z.enum(['admin', 'user']),
  canLogIn: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
