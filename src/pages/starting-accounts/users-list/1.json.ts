import { startingAccountRoute } from '../_starting-account';

export const GET = startingAccountRoute('users-list', 1);
