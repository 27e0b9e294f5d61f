import { describe, expect, it } from 'vitest';
import { closestMatch } from '../../src/text/closest.js';

describe('closestMatch', () => {
  const clouds = ['public', 'fairfax', 'mooncake', 'usnat', 'ussec', 'blackforest'];

  it('suggests the candidate one or two edits away', () => {
    expect(closestMatch('pubic', clouds)).toBe('public');
    expect(closestMatch('moncake', clouds)).toBe('mooncake');
    expect(closestMatch('supportToicIds', ['pageTitle', 'supportTopicIds'])).toBe('supportTopicIds');
  });

  it('ignores case, spaces, dots, dashes and underscores by default', () => {
    expect(closestMatch('Black Forest', clouds)).toBe('blackforest');
    expect(closestMatch('tsg content', ['generic', 'TSG_Content'])).toBe('TSG_Content');
  });

  it('returns undefined when nothing is close', () => {
    expect(closestMatch('govcloud', clouds)).toBeUndefined();
    expect(closestMatch('', clouds)).toBeUndefined();
    expect(closestMatch('usgov', clouds)).toBeUndefined();
  });

  it('prefers the nearest, then the earlier candidate', () => {
    expect(closestMatch('usnet', ['ussec', 'usnat'])).toBe('usnat');
    expect(closestMatch('abd', ['abc', 'abe'])).toBe('abc');
  });

  it('matches a contained name only when asked', () => {
    const types = ['generic', 'servicehealthinsights', 'problemScopingQuestions'];
    expect(closestMatch('health', types)).toBeUndefined();
    expect(closestMatch('health', types, { matchContained: true })).toBe('servicehealthinsights');
    expect(closestMatch('abc', types, { matchContained: true })).toBeUndefined();
  });
});
