import { startingAccountRoute } from './_starting-account';

export const GET = startingAccountRoute('iam-user-mfa');
