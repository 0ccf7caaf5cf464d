import { test } from 'node:test';
import assert from 'node:assert/strict';
import { format, preferredLang } from '../src/i18n/i18n';

test('the browser language decides: Chinese variants give zh-CN, anything else English', () => {
  assert.equal(preferredLang(['zh-TW', 'en']), 'zh-CN');
  assert.equal(preferredLang(['de-DE', 'zh-CN']), 'zh-CN');
  assert.equal(preferredLang(['en-GB']), 'en');
  assert.equal(preferredLang(['fr']), 'en');
});

test('placeholders are filled, unknown ones are left visible', () => {
  assert.equal(format('Due {time} ({who})', { time: 'tomorrow' }), 'Due tomorrow ({who})');
});
