import { beforeEach, expect } from 'vitest';

// A test that cannot see its result fails: every test must make at least one assertion.
beforeEach(() => {
  expect.hasAssertions();
});
