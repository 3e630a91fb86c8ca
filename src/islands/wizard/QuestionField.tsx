import { useStore } from '../../stores/use-store.ts';
import type { AnswerValue } from '../../domain/answers/answers.ts';
import type { Question } from '../../domain/schemas/question.ts';
import { $answers, setAnswer } from '../../stores/progress.ts';
import { NumberField } from './NumberField.tsx';
import { QuestionHelp } from './QuestionHelp.tsx';

interface Props {
  readonly question: Question;
  readonly showErrors: boolean;
}

interface Choice {
  readonly value: string | number | undefined;
  readonly label: string;
  readonly help?: string | undefined;
}

const NOT_SURE: Choice = { value: undefined, label: 'Not sure' };

/** One question as native form controls: radios for one choice or a scale, checkboxes for many. */
export function QuestionField({ question, showErrors }: Props) {
  const answers = useStore($answers);
  const value = answers[question.id];
  if (question.kind === 'number') return <NumberField question={question} showErrors={showErrors} />;
  const id = `q-${question.id}`;
  const help = (
    <QuestionHelp id={id} question={question} unsure={question.kind === 'multi' ? 'Not sure? Leave them all unticked.' : undefined} />
  );
  if (question.kind === 'multi') {
    const picked: readonly string[] = Array.isArray(value) ? value : [];
    const toggle = (option: string, on: boolean): void => {
      const next = question.options.map((o) => o.value).filter((v) => (v === option ? on : picked.includes(v)));
      setAnswer(question.id, next.length > 0 ? next : undefined);
    };
    return (
      <fieldset class="wz-q" id={id} aria-describedby={`${id}-help`}>
        <legend class="wz-q__prompt">{question.prompt}</legend>
        {help}
        <div class="wz-options">
          {question.options.map((option, i) => (
            <Option
              key={option.value}
              id={`${id}-${i}`}
              type="checkbox"
              choice={option}
              checked={picked.includes(option.value)}
              onChange={(on) => toggle(option.value, on)}
            />
          ))}
          <Option
            id={`${id}-none`}
            type="checkbox"
            choice={{ value: '', label: 'None of these' }}
            checked={Array.isArray(value) && value.length === 0}
            onChange={(on) => setAnswer(question.id, on ? [] : undefined)}
          />
        </div>
      </fieldset>
    );
  }
  const choices: Choice[] =
    question.kind === 'single' ? question.options : question.labels.map((label, i) => ({ value: question.min + i, label }));
  const name = `${id}-choice`;
  return (
    <fieldset class="wz-q" id={id} aria-describedby={`${id}-help`}>
      <legend class="wz-q__prompt">{question.prompt}</legend>
      {help}
      <div class="wz-options">
        {[...choices, NOT_SURE].map((choice, i) => (
          <Option
            key={String(choice.value)}
            id={`${id}-${i}`}
            type="radio"
            name={name}
            choice={choice}
            checked={value === choice.value}
            onChange={() => setAnswer(question.id, choice.value as AnswerValue | undefined)}
          />
        ))}
      </div>
    </fieldset>
  );
}

interface OptionProps {
  readonly id: string;
  readonly type: 'radio' | 'checkbox';
  readonly name?: string;
  readonly choice: Choice;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}

function Option({ id, type, name, choice, checked, onChange }: OptionProps) {
  return (
    <div class={choice === NOT_SURE ? 'wz-option wz-option--unsure' : 'wz-option'}>
      <input
        id={id}
        type={type}
        name={name}
        checked={checked}
        aria-describedby={choice.help ? `${id}-help` : undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id}>{choice.label}</label>
      {choice.help && (
        <span id={`${id}-help`} class="wz-option__help">
          {choice.help}
        </span>
      )}
    </div>
  );
}
