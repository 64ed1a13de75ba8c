import { startingAccountRoute } from './_starting-account';

export const GET = startingAccountRoute('create-iam-user');
