/** The IAM screens, downloaded together the first time any IAM page opens (the create-user wizard and the Users list come on their own). */
export { IamDashboard } from './IamDashboard';
export { UserDetails } from './UserDetails';
export { PoliciesList } from './PoliciesList';
export { PolicyDetails } from './PolicyDetails';
