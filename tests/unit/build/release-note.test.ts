import { describe, expect, it } from 'vitest';
import { noteBuild } from '../../../src/ui/release/build-id';
import { memoryStorage } from '../../helpers/memory-storage';

describe('the "updated" note', () => {
  it('is said on the first visit after a new build, once, and never on a first visit', () => {
    const storage = memoryStorage();
    expect(noteBuild(storage, '0.1.0+aaa')).toBeNull();
    expect(noteBuild(storage, '0.1.0+aaa')).toBeNull();
    expect(noteBuild(storage, '0.2.0+bbb')).toBe('0.1.0+aaa');
    expect(noteBuild(storage, '0.2.0+bbb')).toBeNull();
  });

  it('stays quiet when storage is blocked (a third-party iframe)', () => {
    expect(noteBuild(memoryStorage({ throwOnGet: true }), '0.1.0')).toBeNull();
    const full = memoryStorage({ throwOnSet: true });
    expect(noteBuild(full, '0.1.0')).toBeNull();
    expect(noteBuild(null, '0.1.0')).toBeNull();
  });
});
