import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyContact, registerBody, renumberContacts, updateBody, type CustomerForm } from '../src/pages/customers/form';

const form: CustomerForm = {
  code: ' ACME ', name: 'Acme Ltd', language: '', surveysOptOut: true,
  contacts: [emptyContact(), { name: 'Wang Wei', role: '', email: 'wang@', phone: '' }],
};

test('a registration leaves out empty contacts and blank fields', () => {
  const { body } = registerBody(form);
  assert.equal(body.code, 'ACME');
  assert.equal(body.language, undefined);
  assert.deepEqual(body.contacts, [{ name: 'Wang Wei', role: undefined, email: 'wang@', phone: undefined }]);
  assert.equal(body.surveysOptOut, true);
});

test('an update never sends the code', () => {
  assert.equal('code' in updateBody(form).body, false);
});

test('a contact violation is shown beside the contact row the person filled in', () => {
  const { rows } = registerBody(form);
  const problem = renumberContacts({ status: 400, violations: [{ field: 'contacts[0].email', message: 'not an address' }, { field: 'code', message: 'taken' }] }, rows);
  assert.deepEqual(problem?.violations?.map((v) => v.field), ['contacts[1].email', 'code']);
});
