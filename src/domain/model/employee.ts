/** An employee of the company; users are employees with a password and a role. */
export type Role = 'admin' | 'user';

export type Employee = {
  id: number;
  name: string;
  initials: string | null;
  email: string | null;
  phone: string | null;
  isAccountManager: boolean;
  active: boolean;
  role: Role;
  /** true when a password is set, i.e. the employee can log in */
  canLogIn: boolean;
  createdAt: string;
  updatedAt: string;
};

export type Actor = { employeeId: number; role: Role; name: string };
