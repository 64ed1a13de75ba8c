import { startingAccountRoute } from './_starting-account';

export const GET = startingAccountRoute('clean-up-break-in');
