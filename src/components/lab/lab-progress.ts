/** Hint level that means "the learner opened the full solution" (the three hints are levels 1–3). */
export const SOLUTION_LEVEL = 4;
