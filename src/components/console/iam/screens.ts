/** The IAM screens, downloaded together the first time any IAM page opens (the create-user wizard comes on its own). */
export { IamDashboard } from './IamDashboard';
export { UsersList } from './UsersList';
export { UserDetails } from './UserDetails';
export { PoliciesList } from './PoliciesList';
export { PolicyDetails } from './PolicyDetails';
