/** Security credentials and the Assign MFA device wizard, downloaded the first time either opens. */
export { SecurityCredentialsScreen } from './SecurityCredentialsScreen';
export { AssignMfaScreen } from './AssignMfaScreen';
