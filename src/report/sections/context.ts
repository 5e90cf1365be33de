/** What every section builder receives: the results, the language's texts and its formatter. */
import type { Results } from '../../results/types.js';
import type { Formatter } from '../format.js';
import type { Messages } from '../i18n/messages.js';

export interface SectionContext {
  results: Results;
  m: Messages;
  f: Formatter;
}
