import { LanguageSwitch } from '../../ui/LanguageSwitch';

/** Placeholder until the survey page is built (issue 15). */
export function SurveyPage() {
  return <main id="main"><LanguageSwitch /></main>;
}
