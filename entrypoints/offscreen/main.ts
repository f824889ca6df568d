import { listenForClipboardWrites } from '@/utils/clipboard-document';

listenForClipboardWrites();
