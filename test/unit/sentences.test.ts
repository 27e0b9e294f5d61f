import { describe, expect, it } from 'vitest';
import { sentenceBreaks } from '../../src/text/sentences.js';

describe('sentenceBreaks', () => {
  it('finds where a new sentence starts', () => {
    expect(sentenceBreaks('Backup failed. Retry the job')).toEqual([15]);
    expect(sentenceBreaks('Blocked! Why? Reset it')).toEqual([9, 14]);
    expect(sentenceBreaks('Quota is 2 GB. 50 MB are left')).toEqual([15]);
  });

  it('does not split at abbreviations, initials, versions or lower-case words', () => {
    expect(sentenceBreaks('Use a client, e.g. SSMS')).toEqual([]);
    expect(sentenceBreaks('Move data to U.S. Government regions')).toEqual([]);
    expect(sentenceBreaks('Upgrade to .NET 6.0 or later')).toEqual([]);
    expect(sentenceBreaks('Signed in as J. Smith')).toEqual([]);
    expect(sentenceBreaks('Slow disks vs. Premium disks')).toEqual([]);
    expect(sentenceBreaks('Node.js app fails. see the logs')).toEqual([]);
    expect(sentenceBreaks('Title ends here.')).toEqual([]);
  });
});
