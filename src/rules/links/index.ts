import { linksAkaMs } from './aka-ms.js';

export const linksRules = [linksAkaMs] as const;
