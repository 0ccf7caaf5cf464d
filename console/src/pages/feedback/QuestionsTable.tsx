import type { Schemas } from '../../api/client';
import { questionTypeLabel } from './labels';
import { ts } from './surveyMessages';

/** A survey's questions in order, as the customer will see them. */
export function QuestionsTable({ questions }: { questions: Schemas['Feedback_Question'][] }) {
  return (
    <div class="table-wrap">
      <table id="survey-questions">
        <thead>
          <tr>
            <th scope="col" class="num">#</th>
            <th scope="col">{ts('text')}</th>
            <th scope="col">{ts('type')}</th>
            <th scope="col">{ts('dimension')}</th>
            <th scope="col">{ts('key')}</th>
          </tr>
        </thead>
        <tbody>
          {questions.map((q, i) => (
            <tr key={q.key} data-question-key={q.key}>
              <td class="num">{i + 1}</td>
              <th scope="row">
                {q.text}
                {q.choices && <div class="note">{ts('choicesOf', { choices: q.choices.join(' · ') })}</div>}
              </th>
              <td>{questionTypeLabel(q.type)}</td>
              <td>{q.dimension}</td>
              <td><code>{q.key}</code></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
