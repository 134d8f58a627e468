/** A compact multi-select: a disclosure with one checkbox per option, labelled in the UI language. */
export function MultiSelect(props: {
  label: string;
  name: string;
  options: readonly string[];
  selected: readonly string[];
  labelOf: (id: string) => string;
  onToggle: (id: string) => void;
}) {
  const { label, options, selected } = props;
  return (
    <details className="multi-select" data-filter={props.name}>
      <summary>
        {label}
        {selected.length > 0 ? ` (${selected.length})` : ''}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{label}</legend>
        {options.map((id) => (
          <label key={id}>
            <input
              type="checkbox"
              name={props.name}
              value={id}
              checked={selected.includes(id)}
              onChange={() => props.onToggle(id)}
            />{' '}
            {props.labelOf(id)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
