import { describe, expect, it } from 'vitest';
import { en } from '../../src/renderer/i18n/en';
import { zhCN } from '../../src/renderer/i18n/zhCN';
import { errorCodes } from '../../src/shared/result';
import { validationKeys } from '../../src/shared/validation';

describe('translations', () => {
  it('have a message for every error code and validation key, in both languages', () => {
    for (const messages of [zhCN, en]) {
      for (const code of errorCodes) expect(messages.errors[code], code).toBeTruthy();
      for (const key of validationKeys) expect(messages.validation[key], key).toBeTruthy();
    }
  });
});
