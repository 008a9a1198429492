/** What a dose change with no dose chosen asks for, on the planner and in the register alike. */
export const chooseTheNewDose = "Choose the new daily dose, or Interrupted (0 mg).";
