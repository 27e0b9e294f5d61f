import { fileEncoding } from './encoding.js';
import { fileTooLarge } from './too-large.js';
import { fileUnreadable } from './unreadable.js';
import { fileUnusedDisable } from './unused-disable.js';

export const fileRules = [fileEncoding, fileTooLarge, fileUnreadable, fileUnusedDisable] as const;
