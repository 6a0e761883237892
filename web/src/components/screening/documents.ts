// SPDX-License-Identifier: EUPL-1.2
import { graphql } from '../../graphql';

/** Live screening of a draft text for personal data (neither stored nor logged by the API). */
export const ScreenTextQuery = graphql(`
  query ScreenText($text: String!) {
    screenText(text: $text) {
      kind
      start
      end
      text
      fingerprint
    }
  }
`);
