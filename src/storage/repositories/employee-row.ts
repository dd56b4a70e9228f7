import type { Selectable } from 'kysely';
import type { EmployeeTable } from '../schema.js';
import type { Employee } from '../../domain/model/employee.js';

export function toEmployee(r: Selectable<EmployeeTable>): Employee {
  return {
    id: r.id,
    name: r.name,
    initials: r.initials,
    email: r.email,
    phone: r.phone,
    isAccountManager: r.is_account_manager === 1,
    active: r.active === 1,
    role: r.role,
    canLogIn: r.password_hash !== null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
