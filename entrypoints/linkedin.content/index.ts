import { defineContentScript } from 'wxt/utils/define-content-script';
import { startBoard } from '@/utils/boards/engine';
import { linkedin } from '@/utils/boards/linkedin';
import { matches } from '@/utils/boards/entries/linkedin';

// Runs on every LinkedIn page because the posting form is reached in-page from the feed;
// off the form it only listens for navigation.
export default defineContentScript({
  matches,
  main(ctx) {
    startBoard(ctx, linkedin);
  },
});
