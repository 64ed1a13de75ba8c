/** The IAM screens, downloaded together the first time any IAM page opens. */
export { IamDashboard } from './IamDashboard';
export { UsersList } from './UsersList';
export { CreateUserWizard } from './CreateUserWizard';
export { UserDetails } from './UserDetails';
export { PoliciesList } from './PoliciesList';
export { PolicyDetails } from './PolicyDetails';
