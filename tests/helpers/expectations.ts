import { type Role, roles } from './roles'

/** The roles allowed one cell of the access table (docs/access-control.md); every other role is refused. */
export const allowedFor = (...allowed: Role[]) => new Set<Role>(allowed)
export const everyone = () => new Set<Role>(roles)
export const everyoneBut = (...denied: Role[]) =>
  new Set<Role>(roles.filter((role) => !denied.includes(role)))

export const schemeStaff: Role[] = ['admin', 'scheme-manager']
export const contentStaff: Role[] = ['admin', 'scheme-manager', 'editor']
export const businessStaff: Role[] = ['member', 'business-manager']
