/**
 * Version of the rule content (not of the app). Bump it with every change to a threshold,
 * timing, dose or source, and describe the change in rules/CHANGELOG.md.
 */
export const rulesVersion = "2026.12.3";
