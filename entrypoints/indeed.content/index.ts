import { defineContentScript } from 'wxt/utils/define-content-script';
import { startBoard } from '@/utils/boards/engine';
import { indeed } from '@/utils/boards/indeed';
import { matches } from '@/utils/boards/entries/indeed';

// Runs on every employer page because the posting steps are reached in-page from the job
// list; off the form it only listens for navigation.
export default defineContentScript({
  matches,
  main(ctx) {
    startBoard(ctx, indeed);
  },
});
