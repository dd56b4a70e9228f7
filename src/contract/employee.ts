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

// Requests of /api/employees (administrators only) and /api/auth/password.
const employeeFields = {
  name: z.string().max(200),
  initials: z.string().max(20).nullable().optional(),
  email: z.string().max(320).nullable().optional(),
  phone: z.string().max(100).nullable().optional(),
  isAccountManager: z.boolean().optional(),
  active: z.boolean().optional(),
  role: z.enum(['admin', 'user']).optional(),
  /** Sets the login password (hashed with scrypt; never answered back). */
  password: z.string().max(200).optional(),
};

export const EmployeeCreateSchema = z.strictObject(employeeFields);
export const EmployeeUpdateSchema = z.strictObject({ ...employeeFields, name: employeeFields.name.optional() });

export const EmployeeListQuerySchema = z.strictObject({
  q: z.string().optional(),
  isAccountManager: z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1').optional(),
  active: z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1').optional(),
  limit: z.string().optional(),
  cursor: z.string().optional(),
});

export const EmployeePageSchema = z.object({ items: z.array(EmployeeSchema), nextCursor: z.string().nullable() });

export const ChangePasswordSchema = z.strictObject({ currentPassword: z.string(), newPassword: z.string().max(200) });
