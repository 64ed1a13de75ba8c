/** The Budgets screens of Billing and Cost Management, downloaded the first time one opens. */
export { BudgetsScreen } from './BudgetsScreen';
export { CreateBudgetScreen } from './CreateBudgetScreen';
