import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  amendmentBody, captureBody, contentForm, decimal, emptyCapture, emptyItem, emptyLine, formPath, renumber, type CaptureForm,
} from '../src/pages/requirements/form';

const filled = (): CaptureForm => ({
  ...emptyCapture(),
  customerId: 'c-1', source: 'CONTRACT_DRAFT', title: '  Pumps for line 3 ',
  items: [
    emptyItem(),
    { productCode: 'P-100', description: 'Pump', specification: '', quantity: '12,5', unit: 'pcs', unitPrice: '1999.90', currency: 'cny' },
    emptyItem(),
    { productCode: 'P-200', description: '', specification: '', quantity: '', unit: 'pcs', unitPrice: '10', currency: 'CNY' },
  ],
  requirements: [emptyLine(), { category: 'STATUTORY', text: 'CE marking', reference: '' }],
});

test('the capture body leaves out rows nobody filled in and blank texts, and reads decimals exactly', () => {
  const { body } = captureBody(filled());
  assert.equal(body.title, 'Pumps for line 3');
  assert.equal(body.externalRef, undefined);
  assert.deepEqual(body.items?.map((i) => i.productCode), ['P-100', 'P-200']);
  assert.equal(body.items?.[0].quantity, 12.5);
  assert.equal(body.items?.[0].unitPrice, 1999.9);
  assert.equal(body.items?.[0].currency, 'CNY');
  assert.equal(body.items?.[0].specification, undefined);
  // a quantity left blank is sent as missing, so the API names the field
  assert.equal(body.items?.[1].quantity, undefined);
  assert.deepEqual(body.requirements, [{ category: 'STATUTORY', text: 'CE marking', reference: undefined }]);
  assert.equal(body.delivery, undefined);
  assert.equal(body.quotation, undefined);
  assert.equal(body.unwritten, undefined);
});

test('a verbal order is captured as not given in writing', () => {
  assert.equal(captureBody({ ...filled(), source: 'VERBAL_ORDER' }).body.unwritten, true);
});

test('a delivery with only a place is still sent, so the API says the due date is missing', () => {
  const form = { ...filled(), delivery: { dueDate: '', place: 'Shanghai', terms: '' } };
  assert.deepEqual(captureBody(form).body.delivery, { dueDate: undefined, place: 'Shanghai', terms: undefined });
});

test('text that is not a number goes as typed, for the API to call wrongly formatted', () => {
  assert.equal(decimal(' 3 '), 3);
  assert.equal(decimal('lots'), 'lots');
  assert.equal(decimal('  '), undefined);
});

test('the API row numbers of violations are mapped back to the rows the person sees', () => {
  const { rows } = captureBody(filled());
  assert.equal(formPath('items[1].quantity', rows), 'items[3].quantity');
  assert.equal(formPath('items[0].productCode', rows), 'items[1].productCode');
  assert.equal(formPath('requirements[0].text', rows), 'requirements[1].text');
  assert.equal(formPath('delivery.dueDate', rows), 'delivery.dueDate');
  assert.equal(formPath('items', rows), 'items');
  const problem = renumber({ status: 400, violations: [{ field: 'items[1].quantity', message: 'must not be null' }] }, rows);
  assert.deepEqual(problem?.violations, [{ field: 'items[3].quantity', message: 'must not be null' }]);
});

test('an amendment sends the reason and only the fields that changed', () => {
  const current = contentForm({
    title: 'Pumps', items: [{ productCode: 'P-100', quantity: 10, unit: 'pcs', unitPrice: 5, currency: 'CNY' }],
    delivery: { dueDate: '2027-01-31', place: 'Pudong' }, services: ['TRANSPORT'], requirements: [], highRisk: false,
  });
  const edited = { ...current, items: [{ ...current.items[0], quantity: '12' }], delivery: { ...current.delivery, dueDate: '2027-02-28' } };
  const { body, changed } = amendmentBody(' more pumps ', edited, current);
  assert.deepEqual(changed.sort(), ['delivery', 'items']);
  assert.equal(body.reason, 'more pumps');
  assert.equal(body.items?.[0].quantity, 12);
  assert.equal(body.delivery?.dueDate, '2027-02-28');
  assert.equal(body.title, undefined);
  assert.equal('services' in body, false);
});

test('an untouched amendment changes nothing', () => {
  const current = contentForm({ title: 'Pumps', items: [{ productCode: 'P', quantity: 1.5, unit: 'kg', unitPrice: 2, currency: 'EUR' }] });
  assert.deepEqual(amendmentBody('why', current, current).changed, []);
});
