/**
 * Everything a reader can do on the prerendered pages beyond reading them:
 * the story's scroller and incident explorer, and copy buttons. Each finds its
 * elements by a data attribute, so a page without them runs nothing.
 */
import { enhanceScrollers } from './scroller';
import { enhanceExplorers } from './explorer';
import { enhanceCopyButtons } from './copy';

enhanceScrollers(document);
enhanceExplorers(document);
enhanceCopyButtons(document);
